// A deployment for each environment
local base = import 'base.libsonnet';

local replicas(env) = if env == 'prod' then 3 else 1;

{
  apiVersion: 'apps/v1',
  kind: "Deployment",
  metadata: base.metadata { name: 'web' },
  spec: {
    replicas: replicas(std.extVar('env')),
    /* ports as a list */
    ports: [{ port: p, name: 'http-%d' % p } for p in [80, 8080]],
    enabled:: true,
    ratio: 0.5,
    image: self.name + ':latest',
  },
}
