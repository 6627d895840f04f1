import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

export const admin: Access = ({ req: { user } }) => hasRole(user, 'admin')

export const adminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
