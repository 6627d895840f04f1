import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseAllDocuments } from 'yaml'

import { repoRoot } from '@mlops-guide/stack'

/**
 * The Kubernetes files as an operator renders them (`kubectl kustomize`, offline), each
 * object checked against the Kubernetes API's schemas (kubernetes-models), and the
 * properties a release depends on.
 */
type Obj = {
  apiVersion: string
  kind: string
  metadata: { name: string; namespace?: string; annotations?: Record<string, string> }
  data?: Record<string, string>
  spec?: any
}

// A copy with the secret files an operator writes (from the committed examples), so the
// test never reads or leaves secrets in the working tree.
const tree = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-deploy-'))
fs.cpSync(path.join(repoRoot, 'deploy/kubernetes'), tree, {
  recursive: true,
  filter: (src) => !src.endsWith('.env'),
})
const overlays = fs.readdirSync(path.join(tree, 'overlays'))
for (const overlay of overlays) {
  const secrets = path.join(tree, 'overlays', overlay, 'secrets')
  for (const example of fs.readdirSync(secrets).filter((f) => f.endsWith('.env.example'))) {
    const text = fs.readFileSync(path.join(secrets, example), 'utf8')
    fs.writeFileSync(path.join(secrets, example.replace(/\.example$/, '')), text)
  }
}
afterAll(() => fs.rmSync(tree, { recursive: true, force: true }))

function render(overlay: string) {
  const out = spawnSync('kubectl', ['kustomize', path.join(tree, 'overlays', overlay)], {
    encoding: 'utf8',
  })
  if (out.error)
    throw new Error(`kubectl could not run (${out.error.message}): apt-get install kubectl`)
  if (out.status !== 0) throw new Error(out.stderr)
  return parseAllDocuments(out.stdout).map((d) => d.toJS() as Obj)
}

/** The object of that kind and name (generated ConfigMaps and Secrets carry a hash suffix). */
const one = (objects: Obj[], kind: string, name: string) => {
  const pattern = new RegExp(`^${name}(-[a-z0-9]{10})?$`)
  const found = objects.filter((o) => o.kind === kind && pattern.test(o.metadata.name))
  expect(found, `${kind} ${name}`).toHaveLength(1)
  return found[0]!
}

/** Every variable a container gets, with the object each comes from (which must exist). */
function variables(objects: Obj[], container: any) {
  const names = new Set<string>((container.env ?? []).map((e: { name: string }) => e.name))
  for (const e of container.env ?? []) {
    const ref = e.valueFrom?.secretKeyRef
    if (ref) expect(one(objects, 'Secret', ref.name).data, e.name).toHaveProperty(ref.key)
  }
  for (const from of container.envFrom ?? []) {
    const [kind, ref] = from.configMapRef
      ? ['ConfigMap', from.configMapRef]
      : ['Secret', from.secretRef]
    for (const key of Object.keys(one(objects, kind, ref.name).data ?? {})) names.add(key)
  }
  return names
}

/** nginx's size syntax (proxy-body-size): a number with an optional k or m suffix. */
function nginxBytes(size: string) {
  const [, n, unit = ''] = /^(\d+)([km]?)$/i.exec(size) ?? []
  if (!n) throw new Error(`not an nginx size: ${size}`)
  return (
    Number(n) * ({ '': 1, k: 1024, m: 1024 ** 2 } as Record<string, number>)[unit.toLowerCase()]!
  )
}

const unwrap = (data: Record<string, string> = {}) =>
  Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.replace(/\s/g, '')]))

const container = (deployment: Obj) => deployment.spec.template.spec.containers[0]
const tagOf = (image: string) => image.split(':')[1]

describe.each(overlays)('the %s overlay', (overlay) => {
  const objects = render(overlay)
  const kustomization = fs.readFileSync(
    path.join(tree, 'overlays', overlay, 'kustomization.yaml'),
    'utf8',
  )
  const namespace = /^namespace: (\S+)$/m.exec(kustomization)?.[1]

  it('renders objects that each validate against the Kubernetes schemas', async () => {
    expect(objects.length).toBeGreaterThan(10)
    for (const rendered of objects) {
      const module = await import(`kubernetes-models/${rendered.apiVersion}/${rendered.kind}`)
      const Model = module[rendered.kind]
      // kustomize wraps long base64 values over lines; the API server reads them (Go's
      // base64 decoder skips line breaks), the schema's "byte" format does not.
      const obj =
        rendered.kind === 'Secret' ? { ...rendered, data: unwrap(rendered.data) } : rendered
      expect(() => new Model(obj).validate(), `${obj.kind} ${obj.metadata.name}`).not.toThrow()
    }
  })

  it('puts every object in its namespace', () => {
    expect(namespace).toBeTruthy()
    one(objects, 'Namespace', namespace!)
    for (const obj of objects.filter((o) => o.kind !== 'Namespace'))
      expect(obj.metadata.namespace, `${obj.kind} ${obj.metadata.name}`).toBe(namespace)
  })

  it('gives the site pods only their own secrets and public settings, never the CMS secrets', () => {
    const web = variables(objects, container(one(objects, 'Deployment', 'web')))
    for (const name of ['SITE_API_KEY', 'REVALIDATE_SECRET', 'CMS_INTERNAL_URL', 'WEB_PUBLIC_URL'])
      expect(web).toContain(name)
    for (const name of [
      'DATABASE_URL',
      'DATABASE_READ_REPLICA_URLS',
      'PAYLOAD_SECRET',
      'S3_ACCESS_KEY_ID',
      'S3_SECRET_ACCESS_KEY',
    ])
      expect(web).not.toContain(name)
    const cms = variables(objects, container(one(objects, 'Deployment', 'cms')))
    for (const name of ['DATABASE_URL', 'PAYLOAD_SECRET', 'SITE_API_KEY', 'REVALIDATE_SECRET'])
      expect(cms).toContain(name)
  })

  it('gives both Deployments a startup probe on the port the other probes use', () => {
    for (const name of ['cms', 'web']) {
      const c = container(one(objects, 'Deployment', name))
      expect(c.startupProbe?.httpGet?.port, name).toBe(c.readinessProbe.httpGet.port)
      expect(c.startupProbe.periodSeconds * c.startupProbe.failureThreshold).toBeGreaterThanOrEqual(
        60,
      )
    }
  })

  it('lets uploads up to API_MAX_UPLOAD_BYTES through the ingress, with a class', () => {
    const ingress = one(objects, 'Ingress', 'mlops-guide')
    const limit = Number(one(objects, 'ConfigMap', 'cms').data?.API_MAX_UPLOAD_BYTES)
    expect(limit).toBeGreaterThan(0)
    const body = ingress.metadata.annotations?.['nginx.ingress.kubernetes.io/proxy-body-size']
    expect(nginxBytes(body!)).toBeGreaterThanOrEqual(limit)
    expect(ingress.spec.ingressClassName).toBeTruthy()
  })

  it("serves the apps at the ingress's hosts, under TLS", () => {
    const ingress = one(objects, 'Ingress', 'mlops-guide')
    const [site, cms] = ingress.spec.rules.map((r: { host: string }) => r.host)
    const urls = one(objects, 'ConfigMap', 'guide').data!
    expect([urls.WEB_PUBLIC_URL, urls.CMS_PUBLIC_URL]).toEqual([
      `https://${site}`,
      `https://${cms}`,
    ])
    expect(one(objects, 'ConfigMap', 'cms').data?.CORS_ORIGINS).toBe(`https://${site}`)
    expect(ingress.spec.tls[0].hosts).toEqual([site, cms])
  })

  it('migrates in a Job named after the release, with the release image', () => {
    const image = container(one(objects, 'Deployment', 'cms')).image
    const job = one(objects, 'Job', `cms-migrate-${tagOf(image)}`)
    const c = job.spec.template.spec.containers[0]
    expect(c.image).toBe(image)
    expect(c.command).toEqual(['node', 'server.js', '--prepare-only'])
    expect(variables(objects, c)).toEqual(
      variables(objects, container(one(objects, 'Deployment', 'cms'))),
    )
  })
})

describe('a release', () => {
  const overlay = path.join(tree, 'overlays/production/kustomization.yaml')
  const original = fs.readFileSync(overlay, 'utf8')
  afterAll(() => fs.writeFileSync(overlay, original))
  const jobs = () =>
    render('production')
      .filter((o) => o.kind === 'Job')
      .map((o) => o.metadata.name)

  it('gets a new migration Job when the image tag changes, so applying it runs again', () => {
    const before = jobs()
    fs.writeFileSync(overlay, original.replaceAll(/newTag: \S+ /g, 'newTag: 2027.01.15 '))
    expect(before).toHaveLength(1)
    expect(jobs()).toEqual(['cms-migrate-2027.01.15'])
    expect(before).not.toEqual(jobs())
  })

  it('does not render without the secret files the operator writes', () => {
    fs.rmSync(path.join(tree, 'overlays/production/secrets/cms.env'))
    expect(() => render('production')).toThrow(/cms\.env/)
  })
})
