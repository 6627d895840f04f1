import type { CollectionConfig } from 'payload'

import { admin, adminField } from '../../access/admin'
import { adminOrSelf } from '../../access/adminOrSelf'
import { ROLES } from '../../access/roles'
import { isProduction } from '../../env'
import { applyPublicApiLimits } from '../../hooks/applyPublicApiLimits'
import { adminGroups } from '../groups'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { clearSignInAttempts, throttleSignIn } from './hooks/signInThrottle'
import { signInOnlyAtPublicAddress } from './hooks/signInOnlyAtPublicAddress'
import { safeText } from '../../fields/text'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  auth: {
    // No account-wide lockout: anyone could lock out anyone. Attempts are limited per
    // email and address instead (hooks/signInThrottle.ts).
    maxLoginAttempts: 0,
    // Session cookies only over HTTPS in production (browsers count http://localhost as
    // secure, so a local production run still signs in).
    cookies: { secure: isProduction, sameSite: 'Lax' },
  },
  admin: {
    group: adminGroups.admin,
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles'],
    description: 'People who can sign in to the CMS. Only admins can manage them.',
  },
  access: {
    create: admin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: admin,
    unlock: admin,
  },
  hooks: {
    beforeOperation: [applyPublicApiLimits, signInOnlyAtPublicAddress, throttleSignIn],
    beforeChange: [firstUserIsAdmin],
    afterLogin: [clearSignInAttempts],
  },
  fields: safeText([
    // Payload's own sign-in address, named here only so it gets the text limits (Payload
    // merges this into its e-mail field: same validation, unique index).
    { name: 'email', type: 'email', required: true },
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      // The least privilege: an admin raises it on purpose.
      defaultValue: ['contributor'],
      options: ROLES.map((role) => ({
        label: role[0]!.toUpperCase() + role.slice(1),
        value: role,
      })),
      access: { create: adminField, update: adminField },
      admin: {
        description:
          'Admins manage users and everything else; editors write, publish, schedule and delete content; contributors write drafts for an editor to publish.',
      },
      saveToJWT: true,
    },
  ]),
}
