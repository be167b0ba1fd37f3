// Validates manifests rendered by `kubectl kustomize` (see validate.sh, which renders them and
// installs the two npm packages this needs into deploy/.validate/node_modules).
//
//   node deploy/validate.mjs NAME=FILE [NAME=FILE ...]   validate each rendered file
//   node deploy/validate.mjs --self-test NAME=FILE        break a good render on purpose, expect errors
//
// Checks, per object:
//   - every object: apiVersion/kind/metadata.name, the labels app.kubernetes.io/part-of
//     (= partner-center), app.kubernetes.io/name and app.kubernetes.io/component;
//   - Kubernetes kinds (core, apps, autoscaling, policy, networking): kubernetes-models' JSON
//     schemas (`new Deployment(obj).validate()`), plus unknown-field detection built from the
//     package's type declarations (the schemas themselves accept misspelled fields);
//   - CRDs (Strimzi Kafka/KafkaNodePool/KafkaTopic/KafkaUser, CloudNativePG Cluster/ScheduledBackup,
//     Prometheus Operator ServiceMonitor and PrometheusRule): a schema of our own below, covering the fields
//     these manifests use and refusing keys it does not know; a PrometheusRule's rules are alert xor
//     record, with an expr, and alerts carry a severity label and a summary;
// and across the objects of one render: references (Secrets and their keys: in the render, made by a
// CloudNativePG Cluster or a Strimzi KafkaUser, or in the explicit list OPERATOR_SECRETS; ConfigMaps and their keys;
// ServiceAccounts, Services and their ports, selectors that select something), the environment
// each service needs, replication settings against the Kafka node count, that every service
// has its Deployment, Service, PodDisruptionBudget, NetworkPolicy and ServiceMonitor; Kafka
// security (every listener authenticates, simple authorization, a User Operator, each service
// connects as its own KafkaUser whose ACLs write only its own topic and the dead-letter topics of
// what it consumes, and read only what it consumes: KAFKA_ACCESS); PostgreSQL backups (every
// Cluster backs up to an object store with credentials from a Secret and has a daily
// ScheduledBackup, unless it is explicitly marked as having none: NO_BACKUP_ANNOTATION).
// Exits 1 on any error.

import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const modulesDir = process.env.VALIDATE_NODE_MODULES ?? join(here, '.validate', 'node_modules');
if (!existsSync(join(modulesDir, 'kubernetes-models', 'package.json'))) {
  console.error(`validate.mjs: ${modulesDir} lacks kubernetes-models; run deploy/validate.sh`);
  process.exit(2);
}
const importModule = (p) => import(pathToFileURL(join(modulesDir, p)).href);
const yamlModule = await importModule('yaml/dist/index.js'); // CommonJS: the API is the default export
const YAML = yamlModule.default ?? yamlModule;

// ---------------------------------------------------------------------------------------------
// What the suite needs (ARCHITECTURE.md): the four services, their databases, the topics.
const PART_OF = 'partner-center';
const SERVICES = ['partner-service', 'customer-service', 'incentive-service', 'billing-gateway'];
// The one endpoint (api-gateway/README.md): the only Deployment the Ingress reaches. It has no database and no Kafka;
// it finds each service through the URL in GATEWAY_ORIGIN_ENV (api-gateway's application.properties).
const GATEWAY = 'api-gateway';
const GATEWAY_ORIGIN_ENV = {
  'partner-service': 'PARTNER_SERVICE_URL',
  'customer-service': 'CUSTOMER_SERVICE_URL',
  'incentive-service': 'INCENTIVE_SERVICE_URL',
  'billing-gateway': 'BILLING_GATEWAY_URL',
};
const TOPICS = ['partner', 'customer', 'incentive', 'billing'].flatMap((t) => [`${t}.events`, `${t}.events.dlq`]);
const REQUIRED_ENV = ['QUARKUS_HTTP_PORT', 'DB_JDBC_URL', 'DB_REACTIVE_URL', 'DB_USERNAME', 'DB_PASSWORD',
  'KAFKA_BOOTSTRAP_SERVERS', 'OIDC_AUTH_SERVER_URL'];
// Keys of the Secret that a CloudNativePG Cluster's bootstrap creates as `<cluster>-app`.
const CNPG_APP_SECRET_KEYS = ['username', 'password', 'host', 'port', 'dbname', 'uri', 'jdbc-uri', 'pgpass'];
// Secrets the operator creates in the namespace, out of band (deploy/README.md, "Prerequisites in the cluster"), and
// their keys. A secretKeyRef to one of these counts as resolved when the render does not hold it (overlays/prod); an
// overlay that generates it (overlays/dev) is checked like any other Secret. Keep this list short and explicit.
const OPERATOR_SECRETS = {
  'customer-service-realname': ['id-number-hash-key'],
  'partner-center-idempotency': ['fingerprint-key'],
  'postgres-backup-s3': ['ACCESS_KEY_ID', 'ACCESS_SECRET_KEY'],
  'customer-service-sms': ['app-key', 'app-secret'],
  'customer-service-obs': ['access-key-id', 'secret-access-key'],
  'partner-center-smtp': ['username', 'password'],
  'billing-gateway-withdrawals': ['bank-account-hash-key'],
};
// Environment that a service needs beyond REQUIRED_ENV, and that must come from a Secret, never a literal value.
const SECRET_ENV = {
  'partner-service': ['IDEMPOTENCY_FINGERPRINT_KEY', 'SMTP_USERNAME', 'SMTP_PASSWORD'],
  'customer-service': ['REALNAME_ID_NUMBER_HASH_KEY', 'IDEMPOTENCY_FINGERPRINT_KEY',
    'PARTNERCENTER_SMS_HUAWEI_APP_KEY', 'PARTNERCENTER_SMS_HUAWEI_APP_SECRET', 'SMTP_USERNAME', 'SMTP_PASSWORD',
    'REALNAME_OBS_ACCESS_KEY_ID', 'REALNAME_OBS_SECRET_ACCESS_KEY'],
  'billing-gateway': ['IDEMPOTENCY_FINGERPRINT_KEY', 'WITHDRAWAL_BANK_ACCOUNT_HASH_KEY'],
};
// Kafka: what each service publishes (its own topic; nobody else may write it) and consumes (ARCHITECTURE.md;
// deploy/README.md "What each service gets"). Its KafkaUser may write its own topic and <consumed>.dlq (where its
// consumers dead-letter poison messages), read what it consumes, and read its consumer group, named after it.
const KAFKA_ACCESS = {
  'partner-service': { produces: 'partner.events', consumes: ['billing.events'] },
  'customer-service': { produces: 'customer.events', consumes: ['partner.events', 'billing.events'] },
  'incentive-service': { produces: 'incentive.events', consumes: ['billing.events', 'customer.events', 'partner.events'] },
  'billing-gateway': { produces: 'billing.events', consumes: ['customer.events', 'partner.events', 'incentive.events'] },
};
// Environment of a service that talks to Kafka (has KAFKA_BOOTSTRAP_SERVERS): how it authenticates, and its credentials.
const KAFKA_AUTH_ENV = ['KAFKA_SECURITY_PROTOCOL', 'KAFKA_SASL_MECHANISM', 'KAFKA_SASL_JAAS_CONFIG'];
// Keys of the Secret the Strimzi User Operator creates for a KafkaUser, by authentication type.
const KAFKA_USER_SECRET_KEYS = {
  'scram-sha-512': ['password', 'sasl.jaas.config'],
  tls: ['ca.crt', 'user.crt', 'user.key', 'user.p12', 'user.password'],
};
// A CloudNativePG Cluster without spec.backup must say so with this annotation (overlays/dev: no object store).
const NO_BACKUP_ANNOTATION = 'partnercenter.acmecloud.com/no-backup';

// Kinds validated with kubernetes-models (the groups the brief names).
const CORE_GROUP_VERSIONS = new Set(['v1', 'apps/v1', 'autoscaling/v2', 'policy/v1', 'networking.k8s.io/v1']);

// ---------------------------------------------------------------------------------------------
// Unknown-field detection for Kubernetes kinds, from kubernetes-models' .d.ts files: each
// `export interface IX { "field"?: Type; }` gives the fields of a type and which fields are
// themselves typed objects (IIoK8s...) or arrays of them. Maps and aliases stay unchecked.
const typeFields = new Map(); // canonical type name -> Map(field -> {ref, array})
const rootTypes = new Map(); // "apiVersion kind" -> canonical type name

function walkDts(dir, out) {
  for (const entry of readdirSync(dir)) {
    const p = join(dir, entry);
    if (entry === '_schemas' || entry === 'node_modules') continue;
    if (statSync(p).isDirectory()) walkDts(p, out);
    else if (entry.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function parseDts(file) {
  const text = readFileSync(file, 'utf8');
  const aliases = new Map();
  for (const m of text.matchAll(/export type \{([^}]*)\}/g)) {
    for (const part of m[1].split(',')) {
      const am = part.trim().match(/^(\w+) as (\w+)$/);
      if (am) aliases.set(am[1], am[2]);
    }
  }
  for (const m of text.matchAll(/^export interface (\w+)(?: extends [\w, ]+)? \{\n([\s\S]*?)^\}/gm)) {
    const canonical = aliases.get(m[1]);
    if (!canonical) continue;
    const fields = new Map();
    for (const line of m[2].split('\n')) {
      const fm = line.match(/^ {4}"([^"]+)"\??: (.*)$/);
      if (!fm) continue;
      const t = fm[2];
      let ref = null; let array = false;
      let tm = t.match(/^Array<(IIoK8s\w+)>;$/);
      if (tm) { ref = tm[1].slice(1); array = true; } else if ((tm = t.match(/^(IIoK8s\w+);$/))) ref = tm[1].slice(1);
      fields.set(fm[1], { ref, array });
    }
    typeFields.set(canonical.replace(/^I/, ''), fields);
    return canonical.replace(/^I/, '');
  }
  return null;
}

const kmRoot = join(modulesDir, 'kubernetes-models');
for (const f of [...walkDts(kmRoot, []), ...walkDts(join(modulesDir, '@kubernetes-models', 'apimachinery'), [])]) {
  const canonical = parseDts(f);
  const rel = relative(kmRoot, f);
  const m = rel.match(/^(.*)\/([A-Z]\w+)\.d\.ts$/);
  if (canonical && m && !rel.startsWith('..')) rootTypes.set(`${m[1]} ${m[2]}`, canonical);
}

function unknownFields(value, typeName, path, out) {
  const fields = typeFields.get(typeName);
  if (!fields || value === null || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const [key, v] of Object.entries(value)) {
    const field = fields.get(key);
    if (!field) { out.push(`${path}/${key}: unknown field`); continue; }
    if (!field.ref) continue;
    if (field.array && Array.isArray(v)) v.forEach((item, i) => unknownFields(item, field.ref, `${path}/${key}/${i}`, out));
    else if (!field.array) unknownFields(v, field.ref, `${path}/${key}`, out);
  }
  return out;
}

const modelModules = new Map();
async function modelClass(apiVersion, kind) {
  if (!modelModules.has(apiVersion)) {
    const file = join(kmRoot, apiVersion, 'index.js');
    modelModules.set(apiVersion, existsSync(file) ? await importModule(join('kubernetes-models', apiVersion, 'index.js')) : null);
  }
  const mod = modelModules.get(apiVersion);
  return mod && typeof mod[kind] === 'function' ? mod[kind] : null;
}

// ---------------------------------------------------------------------------------------------
// A small schema language for the CRDs: {type, required, props, additional, items, enum, ...}.
const ANY = { type: 'any' };
const STR = { type: 'string' };
const BOOL = { type: 'boolean' };
const INT = (min, max) => ({ type: 'integer', min, max });
const QUANTITY = { type: 'quantity' };
const obj = (props, required = [], additional = false) => ({ type: 'object', props, required, additional });
const arr = (items, minItems = 0) => ({ type: 'array', items, minItems });
const anyOf = (...names) => Object.fromEntries(names.map((n) => [n, ANY]));
const RESOURCES = obj({
  requests: obj({ cpu: QUANTITY, memory: QUANTITY }),
  limits: obj({ cpu: QUANTITY, memory: QUANTITY }),
});
const LABEL_SELECTOR = obj({ matchLabels: { type: 'object', additional: { type: 'string' } }, matchExpressions: arr(ANY) });
const SECRET_KEY_SELECTOR = obj({ name: STR, key: STR }, ['name', 'key']);
const ENUM = (...values) => ({ type: 'string', enum: values });
const BARMAN_COMPRESSION = ENUM('gzip', 'bzip2', 'snappy', 'lz4', 'xz', 'zstd');
const KAFKA_ACL_OPERATIONS = ['Read', 'Write', 'Create', 'Delete', 'Alter', 'Describe', 'ClusterAction', 'AlterConfigs',
  'DescribeConfigs', 'IdempotentWrite', 'All'];
// Operations that let a principal put data into a topic (or everything).
const KAFKA_WRITE_OPERATIONS = ['Write', 'Create', 'Delete', 'Alter', 'AlterConfigs', 'All'];

function checkSchema(value, schema, path, out) {
  const at = path || '/';
  switch (schema.type) {
    case 'any': return out;
    case 'string':
      if (typeof value !== 'string') out.push(`${at}: must be a string`);
      else if (schema.pattern && !schema.pattern.test(value)) out.push(`${at}: "${value}" does not match ${schema.pattern}`);
      else if (schema.enum && !schema.enum.includes(value)) out.push(`${at}: "${value}" is not one of ${schema.enum.join(', ')}`);
      return out;
    case 'boolean':
      if (typeof value !== 'boolean') out.push(`${at}: must be a boolean`);
      return out;
    case 'integer':
      if (!Number.isInteger(value)) out.push(`${at}: must be an integer`);
      else if (schema.min !== undefined && value < schema.min) out.push(`${at}: must be >= ${schema.min}`);
      else if (schema.max !== undefined && value > schema.max) out.push(`${at}: must be <= ${schema.max}`);
      return out;
    case 'scalar':
      if (!['string', 'number', 'boolean'].includes(typeof value)) out.push(`${at}: must be a string, number or boolean`);
      return out;
    case 'quantity':
      if (!(typeof value === 'number' || (typeof value === 'string' && /^[0-9]+(\.[0-9]+)?(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/.test(value)))) {
        out.push(`${at}: "${value}" is not a quantity`);
      }
      return out;
    case 'array':
      if (!Array.isArray(value)) { out.push(`${at}: must be an array`); return out; }
      if (value.length < schema.minItems) out.push(`${at}: needs at least ${schema.minItems} item(s)`);
      value.forEach((item, i) => checkSchema(item, schema.items, `${path}/${i}`, out));
      return out;
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) { out.push(`${at}: must be an object`); return out; }
      for (const r of schema.required ?? []) if (value[r] === undefined) out.push(`${path}/${r}: required`);
      for (const [k, v] of Object.entries(value)) {
        const sub = schema.props?.[k];
        if (sub) checkSchema(v, sub, `${path}/${k}`, out);
        else if (schema.additional === false || schema.additional === undefined) out.push(`${path}/${k}: unknown field`);
        else if (schema.additional !== true) checkSchema(v, schema.additional, `${path}/${k}`, out);
      }
      return out;
    }
    default: throw new Error(`bad schema type ${schema.type}`);
  }
}

const CRD_SCHEMAS = {
  // Strimzi kafka.strimzi.io/v1beta2 Kafka, KRaft with node pools (no spec.zookeeper).
  'kafka.strimzi.io/v1beta2 Kafka': obj({
    kafka: obj({
      listeners: arr(obj({
        name: { type: 'string', pattern: /^[a-z0-9]{1,11}$/ },
        port: INT(9092, 65535),
        type: { type: 'string', enum: ['internal', 'route', 'loadbalancer', 'nodeport', 'ingress', 'cluster-ip'] },
        tls: BOOL,
        authentication: obj({ type: ENUM('scram-sha-512', 'tls', 'oauth', 'custom') }, ['type'], true),
        networkPolicyPeers: arr(obj({ podSelector: LABEL_SELECTOR, namespaceSelector: LABEL_SELECTOR, ipBlock: ANY })),
        ...anyOf('configuration'),
      }, ['name', 'port', 'type', 'tls']), 1),
      config: { type: 'object', additional: { type: 'scalar' } },
      version: STR,
      metadataVersion: STR,
      image: STR,
      resources: RESOURCES,
      authorization: obj({ type: ENUM('simple', 'opa', 'keycloak', 'custom'), superUsers: arr(STR) }, ['type'], true),
      ...anyOf('rack', 'jvmOptions', 'jmxOptions', 'logging', 'metricsConfig', 'template',
        'livenessProbe', 'readinessProbe', 'brokerRackInitImage', 'quotas', 'tieredStorage'),
    }, ['listeners']),
    entityOperator: obj(anyOf('topicOperator', 'userOperator', 'template', 'tlsSidecar')),
    ...anyOf('cruiseControl', 'kafkaExporter', 'clusterCa', 'clientsCa', 'maintenanceTimeWindows'),
  }, ['kafka']),
  'kafka.strimzi.io/v1beta2 KafkaNodePool': obj({
    replicas: INT(0),
    roles: arr({ type: 'string', enum: ['controller', 'broker'] }, 1),
    storage: obj({
      type: { type: 'string', enum: ['jbod', 'ephemeral', 'persistent-claim'] },
      volumes: arr(obj({
        id: INT(0),
        type: { type: 'string', enum: ['ephemeral', 'persistent-claim'] },
        size: QUANTITY,
        sizeLimit: QUANTITY,
        class: STR,
        deleteClaim: BOOL,
        kraftMetadata: { type: 'string', enum: ['shared'] },
        ...anyOf('selector', 'overrides'),
      }, ['type']), 1),
      size: QUANTITY,
      class: STR,
      deleteClaim: BOOL,
      kraftMetadata: { type: 'string', enum: ['shared'] },
    }, ['type']),
    resources: RESOURCES,
    ...anyOf('jvmOptions', 'template'),
  }, ['replicas', 'roles', 'storage']),
  'kafka.strimzi.io/v1beta2 KafkaTopic': obj({
    topicName: { type: 'string', pattern: /^[a-zA-Z0-9._-]{1,249}$/ },
    partitions: INT(1),
    replicas: INT(1, 32767),
    config: { type: 'object', additional: { type: 'scalar' } },
  }, ['partitions', 'replicas']),
  'kafka.strimzi.io/v1beta2 KafkaUser': obj({
    authentication: obj({ type: ENUM('scram-sha-512', 'tls', 'tls-external'), password: ANY }, ['type']),
    authorization: obj({
      type: ENUM('simple'),
      acls: arr(obj({
        resource: obj({
          type: ENUM('topic', 'group', 'cluster', 'transactionalId'),
          name: STR,
          patternType: ENUM('literal', 'prefix'),
        }, ['type']),
        type: ENUM('allow', 'deny'),
        host: STR,
        operations: arr(ENUM(...KAFKA_ACL_OPERATIONS), 1),
        operation: ENUM(...KAFKA_ACL_OPERATIONS),
      }, ['resource'])),
    }, ['type', 'acls']),
    ...anyOf('quotas', 'template'),
  }),
  // CloudNativePG postgresql.cnpg.io/v1 Cluster.
  'postgresql.cnpg.io/v1 Cluster': obj({
    instances: INT(1),
    storage: obj({ size: QUANTITY, storageClass: STR, resizeInUseVolumes: BOOL, pvcTemplate: ANY }, ['size']),
    bootstrap: obj({
      initdb: obj({ database: { type: 'string', pattern: /^[a-z_][a-z0-9_]*$/ }, owner: { type: 'string', pattern: /^[a-z_][a-z0-9_]*$/ } },
        ['database', 'owner'], true),
      ...anyOf('recovery', 'pg_basebackup'),
    }),
    resources: RESOURCES,
    imageName: STR,
    enableSuperuserAccess: BOOL,
    backup: obj({
      retentionPolicy: { type: 'string', pattern: /^[1-9][0-9]*[dwm]$/ },
      target: ENUM('primary', 'prefer-standby'),
      barmanObjectStore: obj({
        destinationPath: { type: 'string', pattern: /^(s3|gs|https?):\/\/\S+$/ },
        endpointURL: { type: 'string', pattern: /^https?:\/\/[^\s/]+(\/\S*)?$/ },
        endpointCA: SECRET_KEY_SELECTOR,
        serverName: STR,
        s3Credentials: obj({
          accessKeyId: SECRET_KEY_SELECTOR, secretAccessKey: SECRET_KEY_SELECTOR, region: SECRET_KEY_SELECTOR,
          sessionToken: SECRET_KEY_SELECTOR, inheritFromIAMRole: BOOL,
        }),
        wal: obj({ compression: BARMAN_COMPRESSION, encryption: ENUM('AES256', 'aws:kms'), maxParallel: INT(1),
          ...anyOf('archiveAdditionalCommandArgs', 'restoreAdditionalCommandArgs') }),
        data: obj({ compression: BARMAN_COMPRESSION, encryption: ENUM('AES256', 'aws:kms'), jobs: INT(1),
          immediateCheckpoint: BOOL, ...anyOf('additionalCommandArgs') }),
        tags: { type: 'object', additional: STR },
        historyTags: { type: 'object', additional: STR },
        ...anyOf('azureCredentials', 'googleCredentials'),
      }, ['destinationPath']),
      ...anyOf('volumeSnapshot'),
    }),
    ...anyOf('description', 'imageCatalogRef', 'imagePullPolicy', 'imagePullSecrets', 'postgresql', 'affinity',
      'monitoring', 'walStorage', 'tablespaces', 'superuserSecret', 'primaryUpdateStrategy',
      'primaryUpdateMethod', 'managed', 'inheritedMetadata', 'minSyncReplicas', 'maxSyncReplicas', 'startDelay',
      'stopDelay', 'smartShutdownTimeout', 'switchoverDelay', 'failoverDelay', 'livenessProbeTimeout',
      'priorityClassName', 'schedulerName', 'topologySpreadConstraints', 'logLevel', 'certificates', 'env',
      'envFrom', 'externalClusters', 'replica', 'replicationSlots', 'projectedVolumeTemplate', 'plugins',
      'probes', 'enablePDB', 'serviceAccountTemplate', 'seccompProfile', 'podSecurityContext',
      'securityContext', 'ephemeralVolumeSource', 'ephemeralVolumesSizeLimit'),
  }, ['instances', 'storage']),
  // CloudNativePG postgresql.cnpg.io/v1 ScheduledBackup; the schedule has six fields, seconds first.
  'postgresql.cnpg.io/v1 ScheduledBackup': obj({
    schedule: { type: 'string', pattern: /^\S+( \S+){5}$/ },
    cluster: obj({ name: STR }, ['name']),
    backupOwnerReference: ENUM('none', 'self', 'cluster'),
    method: ENUM('barmanObjectStore', 'volumeSnapshot', 'plugin'),
    target: ENUM('primary', 'prefer-standby'),
    immediate: BOOL,
    suspend: BOOL,
    online: BOOL,
    ...anyOf('onlineConfiguration', 'pluginConfiguration'),
  }, ['schedule', 'cluster']),
  // Prometheus Operator monitoring.coreos.com/v1 ServiceMonitor.
  'monitoring.coreos.com/v1 ServiceMonitor': obj({
    selector: LABEL_SELECTOR,
    endpoints: arr(obj({
      port: STR,
      targetPort: ANY,
      path: { type: 'string', pattern: /^\// },
      scheme: { type: 'string', enum: ['http', 'https'] },
      interval: { type: 'string', pattern: /^([0-9]+(ms|s|m|h))+$/ },
      scrapeTimeout: { type: 'string', pattern: /^([0-9]+(ms|s|m|h))+$/ },
      honorLabels: BOOL,
      ...anyOf('params', 'relabelings', 'metricRelabelings', 'tlsConfig', 'authorization', 'basicAuth',
        'bearerTokenSecret', 'followRedirects', 'enableHttp2', 'honorTimestamps', 'proxyUrl', 'oauth2'),
    }), 1),
    ...anyOf('namespaceSelector', 'jobLabel', 'targetLabels', 'podTargetLabels', 'sampleLimit', 'targetLimit',
      'attachMetadata', 'scrapeProtocols', 'selectorMechanism'),
  }, ['selector', 'endpoints']),
  // Prometheus Operator monitoring.coreos.com/v1 PrometheusRule.
  'monitoring.coreos.com/v1 PrometheusRule': obj({
    groups: arr(obj({
      name: STR,
      interval: { type: 'string', pattern: /^([0-9]+(ms|s|m|h|d|w|y))+$/ },
      rules: arr(obj({
        alert: { type: 'string', pattern: /^[a-zA-Z_][a-zA-Z0-9_]*$/ },
        record: { type: 'string', pattern: /^[a-zA-Z_:][a-zA-Z0-9_:]*$/ },
        expr: { type: 'scalar' },
        for: { type: 'string', pattern: /^([0-9]+(ms|s|m|h|d|w|y))+$/ },
        keep_firing_for: { type: 'string', pattern: /^([0-9]+(ms|s|m|h|d|w|y))+$/ },
        labels: { type: 'object', additional: { type: 'string' } },
        annotations: { type: 'object', additional: { type: 'string' } },
      }, ['expr']), 1),
      ...anyOf('partial_response_strategy', 'limit', 'query_offset', 'labels'),
    }, ['name', 'rules']), 1),
  }, ['groups']),
};
const CRD_GROUPS = new Set(['kafka.strimzi.io', 'postgresql.cnpg.io', 'monitoring.coreos.com']);

// ---------------------------------------------------------------------------------------------
// Helpers.
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const CLUSTER_SCOPED = new Set(['Namespace']);
const clone = (o) => structuredClone(o);
const id = (o) => `${o?.kind ?? '?'}/${o?.metadata?.name ?? '?'}`;
const ns = (o) => o?.metadata?.namespace ?? '';

function matches(selector, labels) {
  if (!selector || typeof selector !== 'object') return false;
  const ml = selector.matchLabels ?? {};
  if (Object.keys(ml).length === 0 && !(selector.matchExpressions ?? []).length) return false; // empty selects all: not ours
  if (!Object.entries(ml).every(([k, v]) => labels?.[k] === v)) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = labels && Object.hasOwn(labels, e.key);
    if (e.operator === 'In' && !(has && e.values.includes(labels[e.key]))) return false;
    if (e.operator === 'NotIn' && has && e.values.includes(labels[e.key])) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}

function quantity(q) { // bytes for memory, cores for cpu
  if (typeof q === 'number') return q;
  const m = String(q).match(/^([0-9.]+)(m|k|M|G|T|Ki|Mi|Gi|Ti)?$/);
  if (!m) return NaN;
  const f = { m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40 }[m[2]] ?? 1;
  return Number(m[1]) * f;
}

const podTemplates = (o) => (o.kind === 'Deployment' ? [o.spec?.template] : []);

// ---------------------------------------------------------------------------------------------
// Validation of one render.
async function validateObjects(objects) {
  const errors = new Map(); // object index -> [messages]
  const err = (i, msg) => { if (!errors.has(i)) errors.set(i, []); errors.get(i).push(msg); };
  const all = objects.map((o, i) => ({ o, i }));
  const of = (kind, namespace) => all.filter(({ o }) => o?.kind === kind && (namespace === undefined || ns(o) === namespace));

  // Per object.
  const seen = new Map();
  for (const { o, i } of all) {
    if (!o || typeof o !== 'object' || Array.isArray(o)) { err(i, 'document is not an object'); continue; }
    if (typeof o.apiVersion !== 'string' || typeof o.kind !== 'string') { err(i, 'apiVersion and kind are required'); continue; }
    const name = o.metadata?.name;
    if (typeof name !== 'string' || !DNS_SUBDOMAIN.test(name) || name.length > 253) err(i, `metadata.name "${name}" is not a DNS subdomain`);
    if (['Service', 'Namespace'].includes(o.kind) && typeof name === 'string' && (!DNS_LABEL.test(name) || name.length > 63)) {
      err(i, `metadata.name "${name}" is not a DNS label`);
    }
    const key = `${o.apiVersion} ${o.kind} ${ns(o)} ${name}`;
    if (seen.has(key)) err(i, `duplicate of document ${seen.get(key) + 1}`); else seen.set(key, i);

    const labels = o.metadata?.labels ?? {};
    if (labels['app.kubernetes.io/part-of'] !== PART_OF) err(i, `label app.kubernetes.io/part-of must be "${PART_OF}"`);
    for (const l of ['app.kubernetes.io/name', 'app.kubernetes.io/component']) if (!labels[l]) err(i, `label ${l} is missing`);
    for (const t of podTemplates(o)) {
      const tl = t?.metadata?.labels ?? {};
      if (tl['app.kubernetes.io/part-of'] !== PART_OF) err(i, 'pod template lacks label app.kubernetes.io/part-of');
      if (!tl['app.kubernetes.io/name']) err(i, 'pod template lacks label app.kubernetes.io/name');
    }

    const group = o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : '';
    const schemaKey = `${o.apiVersion} ${o.kind}`;
    if (CORE_GROUP_VERSIONS.has(o.apiVersion)) {
      const Model = await modelClass(o.apiVersion, o.kind);
      if (!Model) { err(i, `unknown kind ${o.kind} in ${o.apiVersion}`); continue; }
      try { new Model(clone(o)).validate(); } catch (e) { err(i, `schema: ${e.message}`); }
      const root = rootTypes.get(`${o.apiVersion} ${o.kind}`);
      if (!root) err(i, `no type declarations for ${schemaKey}`);
      else for (const m of unknownFields(o, root, '', [])) err(i, m);
    } else if (CRD_SCHEMAS[schemaKey]) {
      const metaErrs = [];
      if (o.metadata?.namespace !== undefined && typeof o.metadata.namespace !== 'string') metaErrs.push('/metadata/namespace: must be a string');
      for (const m of [...metaErrs, ...checkSchema(o.spec, CRD_SCHEMAS[schemaKey], '/spec', [])]) err(i, m);
      for (const k of Object.keys(o)) if (!['apiVersion', 'kind', 'metadata', 'spec'].includes(k)) err(i, `/${k}: unknown field`);
    } else if (CRD_GROUPS.has(group)) {
      err(i, `no schema for ${schemaKey} (expected one of: ${Object.keys(CRD_SCHEMAS).join('; ')})`);
    } else {
      err(i, `unexpected apiVersion/kind ${schemaKey}`);
    }
  }

  // Namespaces: if the render has a Namespace, every namespaced object is in it.
  const namespaces = of('Namespace').map(({ o }) => o.metadata?.name);
  if (namespaces.length) {
    for (const { o, i } of all) {
      if (o?.kind && !CLUSTER_SCOPED.has(o.kind) && !namespaces.includes(ns(o))) err(i, `namespace "${ns(o)}" is not one of ${namespaces.join(', ')}`);
    }
  }

  // Kafka: node pools, replication against the broker count.
  const kafkas = of('Kafka');
  const brokers = new Map(); // namespace/cluster -> broker count
  const controllers = new Map();
  for (const { o, i } of of('KafkaNodePool')) {
    const cluster = o.metadata?.labels?.['strimzi.io/cluster'];
    if (!kafkas.some(({ o: k }) => k.metadata?.name === cluster && ns(k) === ns(o))) err(i, `label strimzi.io/cluster "${cluster}" names no Kafka`);
    const key = `${ns(o)}/${cluster}`;
    const roles = o.spec?.roles ?? [];
    if (roles.includes('broker')) brokers.set(key, (brokers.get(key) ?? 0) + (o.spec?.replicas ?? 0));
    if (roles.includes('controller')) controllers.set(key, (controllers.get(key) ?? 0) + (o.spec?.replicas ?? 0));
    const vols = o.spec?.storage?.volumes ?? [];
    if (new Set(vols.map((v) => v.id)).size !== vols.length) err(i, 'storage volume ids must be unique');
    if (o.spec?.storage?.type === 'jbod' && vols.some((v) => v.type === 'persistent-claim' && v.size === undefined)) err(i, 'persistent-claim volume needs a size');
  }
  for (const { o, i } of kafkas) {
    const key = `${ns(o)}/${o.metadata?.name}`;
    const a = o.metadata?.annotations ?? {};
    if (a['strimzi.io/node-pools'] !== 'enabled' || a['strimzi.io/kraft'] !== 'enabled') err(i, 'needs annotations strimzi.io/node-pools: enabled and strimzi.io/kraft: enabled');
    const b = brokers.get(key) ?? 0; const c = controllers.get(key) ?? 0;
    if (b < 1) err(i, 'no KafkaNodePool with the broker role');
    if (c < 1 || c % 2 === 0) err(i, `KRaft needs an odd number of controllers, has ${c}`);
    const cfg = o.spec?.kafka?.config ?? {};
    for (const k of ['default.replication.factor', 'offsets.topic.replication.factor', 'transaction.state.log.replication.factor']) {
      if (cfg[k] !== undefined && Number(cfg[k]) > b) err(i, `${k}=${cfg[k]} exceeds the ${b} broker(s)`);
    }
    for (const [isr, rf] of [['min.insync.replicas', 'default.replication.factor'], ['transaction.state.log.min.isr', 'transaction.state.log.replication.factor']]) {
      if (cfg[isr] !== undefined && cfg[rf] !== undefined && Number(cfg[isr]) > Number(cfg[rf])) err(i, `${isr}=${cfg[isr]} exceeds ${rf}=${cfg[rf]}`);
    }
  }
  const topicNames = new Set();
  for (const { o, i } of of('KafkaTopic')) {
    const cluster = o.metadata?.labels?.['strimzi.io/cluster'];
    if (!kafkas.some(({ o: k }) => k.metadata?.name === cluster && ns(k) === ns(o))) err(i, `label strimzi.io/cluster "${cluster}" names no Kafka`);
    const b = brokers.get(`${ns(o)}/${cluster}`) ?? 0;
    if (Number.isInteger(o.spec?.replicas) && o.spec.replicas > b) err(i, `replicas ${o.spec.replicas} exceeds the ${b} broker(s)`);
    const isr = o.spec?.config?.['min.insync.replicas'];
    if (isr !== undefined && Number(isr) > o.spec?.replicas) err(i, `min.insync.replicas ${isr} exceeds replicas ${o.spec?.replicas}`);
    topicNames.add(o.spec?.topicName ?? o.metadata?.name);
  }
  const missingTopics = TOPICS.filter((t) => !topicNames.has(t));
  if (missingTopics.length) err(-1, `KafkaTopics missing: ${missingTopics.join(', ')}`);

  // Kafka security: every listener authenticates, ACLs are enforced, each service is its own KafkaUser.
  const kafkaUsers = of('KafkaUser');
  for (const { o, i } of kafkas) {
    for (const l of o.spec?.kafka?.listeners ?? []) if (!l.authentication?.type) err(i, `listener ${l.name} has no authentication: any pod could publish`);
    if (o.spec?.kafka?.authorization?.type !== 'simple') err(i, 'spec.kafka.authorization.type must be simple: without it the KafkaUsers\' ACLs are not enforced');
    if (kafkaUsers.some(({ o: u }) => ns(u) === ns(o) && u.metadata?.labels?.['strimzi.io/cluster'] === o.metadata?.name) && !o.spec?.entityOperator?.userOperator) {
      err(i, 'KafkaUsers need the User Operator (spec.entityOperator.userOperator)');
    }
  }
  for (const { o, i } of kafkaUsers) {
    const cluster = o.metadata?.labels?.['strimzi.io/cluster'];
    const k = kafkas.find(({ o: x }) => x.metadata?.name === cluster && ns(x) === ns(o));
    if (!k) { err(i, `label strimzi.io/cluster "${cluster}" names no Kafka`); continue; }
    const auth = o.spec?.authentication?.type;
    if (!auth) err(i, 'spec.authentication is required: the service must log in as this user');
    else if (!(k.o.spec?.kafka?.listeners ?? []).some((l) => l.authentication?.type === auth)) err(i, `no listener of Kafka ${cluster} authenticates ${auth}`);
    const name = o.metadata?.name;
    const access = KAFKA_ACCESS[name];
    if (!access) { err(i, `KafkaUser ${name} is no service of KAFKA_ACCESS (validate.mjs): its ACLs cannot be checked`); continue; }
    if (o.spec?.authorization?.type !== 'simple') { err(i, 'spec.authorization (type simple, with ACLs) is required'); continue; }
    const writable = [access.produces, ...access.consumes.map((t) => `${t}.dlq`)];
    const granted = { write: new Set(), read: new Set(), group: false };
    for (const acl of o.spec.authorization.acls ?? []) {
      if (acl.type === 'deny') continue;
      const r = acl.resource ?? {};
      const ops = [...(acl.operations ?? []), ...(acl.operation ? [acl.operation] : [])];
      const what = `${r.type} ${r.patternType === 'prefix' ? 'prefix ' : ''}"${r.name}"`;
      if (r.type === 'topic') {
        if (r.patternType === 'prefix' || r.name === '*' || !r.name) { err(i, `ACL on ${what}: topic ACLs must name one topic (literal)`); continue; }
        for (const op of ops) {
          if (KAFKA_WRITE_OPERATIONS.includes(op)) {
            if (!writable.includes(r.name)) err(i, `may write only its own topic ${access.produces} and the dead-letter topics of what it consumes, not ${r.name} (${op})`);
            else granted.write.add(r.name);
          } else if (op === 'Read') {
            if (!access.consumes.includes(r.name)) err(i, `may read only what it consumes (${access.consumes.join(', ') || 'nothing'}), not ${r.name}`);
            else granted.read.add(r.name);
          }
        }
      } else if (r.type === 'group') {
        if (r.patternType === 'prefix' || r.name !== name) err(i, `ACL on ${what}: the only consumer group it may use is its own, "${name}" (literal)`);
        else if (ops.some((op) => !['Read', 'Describe'].includes(op))) err(i, `ACL on ${what}: only Read and Describe on its consumer group`);
        else if (ops.includes('Read')) granted.group = true;
      } else if (r.type === 'cluster') {
        if (ops.some((op) => op !== 'IdempotentWrite')) err(i, `ACL on the cluster (${ops.join(', ')}): no cluster-wide rights beyond IdempotentWrite`);
      } else err(i, `ACL on ${what}: no transactional producer needs it`);
    }
    if (!granted.write.has(access.produces)) err(i, `lacks Write on its own topic ${access.produces}`);
    for (const t of access.consumes) {
      if (!granted.read.has(t)) err(i, `lacks Read on ${t}, which it consumes`);
      if (!granted.write.has(`${t}.dlq`)) err(i, `lacks Write on ${t}.dlq, where it dead-letters what it cannot process`);
    }
    if (access.consumes.length && !granted.group) err(i, `lacks Read on its consumer group ${name}`);
  }

  // Deployments: what each service needs, and the objects around it.
  const clusters = of('Cluster');
  const hpas = of('HorizontalPodAutoscaler');
  const deployments = of('Deployment');
  const missingServices = [...SERVICES, GATEWAY].filter((s) => !deployments.some(({ o }) => o.metadata?.name === s));
  if (missingServices.length) err(-1, `Deployments missing: ${missingServices.join(', ')}`);

  // Where a Secret a pod or an operator reads comes from: null when it resolves, else why not.
  const secretProblem = (namespace, name, key) => {
    const secret = of('Secret', namespace).find(({ o: s }) => s.metadata?.name === name);
    const cluster = clusters.find(({ o: cl }) => ns(cl) === namespace && `${cl.metadata?.name}-app` === name);
    const user = kafkaUsers.find(({ o: u }) => ns(u) === namespace && u.metadata?.name === name);
    if (secret) return Object.hasOwn({ ...secret.o.data, ...secret.o.stringData }, key) ? null : `Secret ${name} has no key ${key}`;
    if (cluster) return CNPG_APP_SECRET_KEYS.includes(key) ? null : `CloudNativePG secret ${name} has no key ${key}`;
    if (user) {
      const keys = KAFKA_USER_SECRET_KEYS[user.o.spec?.authentication?.type] ?? [];
      return keys.includes(key) ? null : `the Secret of KafkaUser ${name} has no key ${key} (keys: ${keys.join(', ')})`;
    }
    if (Object.hasOwn(OPERATOR_SECRETS, name)) {
      return OPERATOR_SECRETS[name].includes(key) ? null : `operator-provided Secret ${name} has no key ${key} (keys: ${OPERATOR_SECRETS[name].join(', ')})`;
    }
    return `Secret ${name} is neither in the render nor made by a CloudNativePG Cluster or a KafkaUser nor provided by the operator`;
  };
  const configValue = (namespace, name, key) => {
    const cm = of('ConfigMap', namespace).find(({ o }) => o.metadata?.name === name);
    return cm ? cm.o.data?.[key] : undefined;
  };
  for (const { o, i } of deployments) {
    const n = ns(o);
    const tpl = o.spec?.template ?? {};
    const podLabels = tpl.metadata?.labels ?? {};
    if (!matches(o.spec?.selector, podLabels)) err(i, 'spec.selector does not match the pod template labels');
    const pod = tpl.spec ?? {};
    const sa = pod.serviceAccountName;
    if (!sa || !of('ServiceAccount', n).some(({ o: s }) => s.metadata?.name === sa)) err(i, `serviceAccountName "${sa}" names no ServiceAccount`);
    const hpa = hpas.find(({ o: h }) => ns(h) === n && h.spec?.scaleTargetRef?.kind === 'Deployment' && h.spec.scaleTargetRef.name === o.metadata?.name);
    if (hpa && o.spec?.replicas !== undefined) err(i, 'spec.replicas is set while a HorizontalPodAutoscaler owns the count');
    if (!hpa && o.spec?.replicas === undefined) err(i, 'neither spec.replicas nor a HorizontalPodAutoscaler');
    const volumes = new Map((pod.volumes ?? []).map((v) => [v.name, v]));
    if (pod.securityContext?.runAsNonRoot !== true) err(i, 'pod securityContext.runAsNonRoot must be true');

    for (const [ci, c] of (pod.containers ?? []).entries()) {
      const where = `container ${c.name}`;
      const sc = c.securityContext ?? {};
      if (sc.readOnlyRootFilesystem !== true) err(i, `${where}: readOnlyRootFilesystem must be true`);
      if (sc.allowPrivilegeEscalation !== false) err(i, `${where}: allowPrivilegeEscalation must be false`);
      const tmp = (c.volumeMounts ?? []).find((m) => m.mountPath === '/tmp');
      if (!tmp || !volumes.get(tmp.name)?.emptyDir) err(i, `${where}: /tmp must be an emptyDir mount`);
      for (const m of c.volumeMounts ?? []) if (!volumes.has(m.name)) err(i, `${where}: volumeMount ${m.name} names no volume`);
      const ports = c.ports ?? [];
      if (!ports.some((p) => p.name === 'http' && p.containerPort === 8080)) err(i, `${where}: needs port http = 8080`);
      for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
        const h = c[probe]?.httpGet;
        if (!h) { err(i, `${where}: ${probe} with httpGet is required`); continue; }
        if (!(ports.some((p) => p.name === h.port) || ports.some((p) => p.containerPort === h.port))) err(i, `${where}: ${probe} port ${h.port} is not a container port`);
        if (!String(h.path).startsWith('/q/health/')) err(i, `${where}: ${probe} path ${h.path} is not a Quarkus health endpoint`);
      }
      for (const kind of ['requests', 'limits']) {
        for (const r of ['cpu', 'memory']) if (c.resources?.[kind]?.[r] === undefined) err(i, `${where}: resources.${kind}.${r} is missing`);
      }
      for (const r of ['cpu', 'memory']) {
        const rq = c.resources?.requests?.[r]; const lm = c.resources?.limits?.[r];
        if (rq !== undefined && lm !== undefined && quantity(rq) > quantity(lm)) err(i, `${where}: ${r} request ${rq} exceeds limit ${lm}`);
      }

      const env = new Map();
      for (const e of c.env ?? []) {
        if (env.has(e.name)) err(i, `${where}: env ${e.name} is set twice`);
        const cmr = e.valueFrom?.configMapKeyRef;
        const skr = e.valueFrom?.secretKeyRef;
        if (cmr) {
          const v = configValue(n, cmr.name, cmr.key);
          if (v === undefined && !cmr.optional) err(i, `${where}: env ${e.name}: ConfigMap ${cmr.name} with key ${cmr.key} is not in the render`);
          env.set(e.name, { value: v });
        } else if (skr) {
          const problem = secretProblem(n, skr.name, skr.key);
          if (problem) err(i, `${where}: env ${e.name}: ${problem}`);
          env.set(e.name, { secret: skr.name, key: skr.key });
        } else env.set(e.name, { value: e.value });
      }
      for (const ef of c.envFrom ?? []) if (ef.configMapRef && !of('ConfigMap', n).some(({ o: m }) => m.metadata?.name === ef.configMapRef.name)) err(i, `${where}: envFrom ConfigMap ${ef.configMapRef.name} is not in the render`);

      if (ci > 0) continue; // the application container
      if (o.metadata?.name === GATEWAY) {
        // Each service's origin: http://<its Service>:<a port of that Service>, and nothing else to talk to.
        if (env.has('QUARKUS_HTTP_PORT') && env.get('QUARKUS_HTTP_PORT').value !== '8080') err(i, `${where}: QUARKUS_HTTP_PORT must be "8080"`);
        for (const [svc, name] of Object.entries(GATEWAY_ORIGIN_ENV)) {
          const url = env.get(name)?.value;
          const um = typeof url === 'string' && url.match(/^http:\/\/([a-z0-9-]+)(?:\.[a-z0-9.-]+)?(?::([0-9]+))?$/);
          if (!um) { err(i, `${where}: env ${name} "${url}" is not http://<Service>[:port] (the origin of ${svc})`); continue; }
          if (um[1] !== svc) { err(i, `${where}: env ${name} names Service ${um[1]}, not ${svc}`); continue; }
          const target = of('Service', n).find(({ o: s }) => s.metadata?.name === um[1]);
          if (!target) err(i, `${where}: env ${name}: Service ${um[1]} is not in the render`);
          else if (!(target.o.spec?.ports ?? []).some((p) => p.port === Number(um[2] ?? 80))) err(i, `${where}: env ${name}: Service ${um[1]} has no port ${um[2] ?? 80}`);
        }
        continue;
      }
      for (const name of REQUIRED_ENV) if (!env.has(name)) err(i, `${where}: env ${name} is missing`);
      for (const name of SECRET_ENV[o.metadata?.name] ?? []) {
        if (!env.has(name)) err(i, `${where}: env ${name} is missing`);
        else if (!env.get(name).secret) err(i, `${where}: ${name} must come from a Secret, not a literal value`);
      }
      if (env.has('QUARKUS_HTTP_PORT') && env.get('QUARKUS_HTTP_PORT').value !== '8080') err(i, `${where}: QUARKUS_HTTP_PORT must be "8080"`);
      const jdbc = env.get('DB_JDBC_URL')?.value;
      const jm = typeof jdbc === 'string' && jdbc.match(/^jdbc:postgresql:\/\/([a-z0-9-]+)(?:\.[a-z0-9.-]+)?:5432\/([a-z_][a-z0-9_]*)$/);
      if (env.has('DB_JDBC_URL') && !jm) err(i, `${where}: DB_JDBC_URL "${jdbc}" is not jdbc:postgresql://host:5432/db`);
      const reactive = env.get('DB_REACTIVE_URL')?.value;
      if (typeof jdbc === 'string' && env.has('DB_REACTIVE_URL') && reactive !== jdbc.replace(/^jdbc:/, '')) {
        err(i, `${where}: DB_REACTIVE_URL "${reactive}" does not name the database of DB_JDBC_URL`);
      }
      if (jm) {
        const cl = clusters.find(({ o: x }) => ns(x) === n && [`${x.metadata?.name}-rw`, `${x.metadata?.name}-ro`, `${x.metadata?.name}-r`].includes(jm[1]));
        if (!cl) err(i, `${where}: DB_JDBC_URL host ${jm[1]} is no CloudNativePG Cluster service`);
        else {
          if (cl.o.spec?.bootstrap?.initdb?.database !== jm[2]) err(i, `${where}: DB_JDBC_URL database ${jm[2]} is not the one Cluster ${cl.o.metadata.name} creates`);
          for (const v of ['DB_USERNAME', 'DB_PASSWORD']) {
            if (env.get(v)?.secret && env.get(v).secret !== `${cl.o.metadata.name}-app`) err(i, `${where}: ${v} comes from ${env.get(v).secret}, not ${cl.o.metadata.name}-app`);
          }
          const np = of('NetworkPolicy', n).find(({ o: p }) => matches(p.spec?.podSelector, podLabels));
          const toDb = np && (np.o.spec?.egress ?? []).some((r) => (r.ports ?? []).some((p) => p.port === 5432)
            && (r.to ?? []).some((t) => t.podSelector?.matchLabels?.['cnpg.io/cluster'] === cl.o.metadata.name));
          if (np && !toDb) err(np.i, `egress to PostgreSQL Cluster ${cl.o.metadata.name} on 5432 is missing`);
        }
      }
      for (const v of ['DB_USERNAME', 'DB_PASSWORD']) if (env.has(v) && !env.get(v).secret) err(i, `${where}: ${v} must come from a Secret`);
      const kb = env.get('KAFKA_BOOTSTRAP_SERVERS')?.value;
      if (kb !== undefined) {
        const km = String(kb).match(/^([a-z0-9-]+)-kafka-bootstrap(?:\.[a-z0-9.-]+)?:([0-9]+)$/);
        const k = km && kafkas.find(({ o: x }) => x.metadata?.name === km[1] && ns(x) === n);
        if (!k) err(i, `${where}: KAFKA_BOOTSTRAP_SERVERS "${kb}" is not the bootstrap of a Kafka in the render`);
        const listener = k && (k.o.spec?.kafka?.listeners ?? []).find((l) => l.port === Number(km[2]) && l.type === 'internal');
        if (k && !listener) err(i, `${where}: Kafka ${km[1]} has no internal listener on ${km[2]}`);
        // A service that talks to Kafka logs in as its own KafkaUser, with the listener's protocol and mechanism.
        for (const v of KAFKA_AUTH_ENV) if (!env.has(v)) err(i, `${where}: env ${v} is missing (the service talks to Kafka)`);
        const jaas = env.get('KAFKA_SASL_JAAS_CONFIG');
        const svc = o.metadata?.name;
        if (jaas && !jaas.secret) err(i, `${where}: KAFKA_SASL_JAAS_CONFIG must come from a Secret, not a literal value`);
        else if (jaas) {
          const user = kafkaUsers.find(({ o: u }) => ns(u) === n && u.metadata?.name === jaas.secret);
          if (!user) err(i, `${where}: KAFKA_SASL_JAAS_CONFIG comes from Secret ${jaas.secret}, which no KafkaUser in the render makes`);
          else if (jaas.secret !== svc) err(i, `${where}: KAFKA_SASL_JAAS_CONFIG comes from KafkaUser ${jaas.secret}, not the service's own KafkaUser ${svc}`);
          else if (jaas.key !== 'sasl.jaas.config') err(i, `${where}: KAFKA_SASL_JAAS_CONFIG must be key sasl.jaas.config of Secret ${jaas.secret}`);
        }
        const auth = listener?.authentication?.type;
        if (auth === 'scram-sha-512') {
          const protocol = listener.tls ? 'SASL_SSL' : 'SASL_PLAINTEXT';
          const p = env.get('KAFKA_SECURITY_PROTOCOL')?.value; const mech = env.get('KAFKA_SASL_MECHANISM')?.value;
          if (env.has('KAFKA_SECURITY_PROTOCOL') && p !== protocol) err(i, `${where}: KAFKA_SECURITY_PROTOCOL "${p}" does not fit listener ${listener.name} (${protocol})`);
          if (env.has('KAFKA_SASL_MECHANISM') && mech !== 'SCRAM-SHA-512') err(i, `${where}: KAFKA_SASL_MECHANISM "${mech}" does not fit listener ${listener.name} (SCRAM-SHA-512)`);
        }
      }
      const oidc = env.get('OIDC_AUTH_SERVER_URL')?.value;
      if (oidc !== undefined && !/^https?:\/\/[^/\s]+(\/[^\s]*)?\/realms\/[^/\s]+$/.test(oidc)) err(i, `${where}: OIDC_AUTH_SERVER_URL "${oidc}" is not a Keycloak realm URL`);
    }

    // The objects around a service.
    const services = of('Service', n).filter(({ o: s }) => matches({ matchLabels: s.spec?.selector }, podLabels));
    if (!services.length) err(i, 'no Service selects its pods');
    if (!of('PodDisruptionBudget', n).some(({ o: p }) => matches(p.spec?.selector, podLabels))) err(i, 'no PodDisruptionBudget selects its pods');
    if (!of('NetworkPolicy', n).some(({ o: p }) => matches(p.spec?.podSelector, podLabels))) err(i, 'no NetworkPolicy selects its pods');
    if (!of('ServiceMonitor', n).some(({ o: m }) => services.some(({ o: s }) => matches(m.spec?.selector, s.metadata?.labels)))) err(i, 'no ServiceMonitor selects its Service');
  }

  // PostgreSQL backups: every Cluster archives to an object store and has a daily ScheduledBackup, unless it is
  // marked as having none; the credentials come from a Secret; no two Clusters write to the same place.
  const scheduled = of('ScheduledBackup');
  const backupPlaces = new Map();
  for (const { o, i } of clusters) {
    const store = o.spec?.backup?.barmanObjectStore;
    const optOut = o.metadata?.annotations?.[NO_BACKUP_ANNOTATION];
    if (!store) {
      if (!optOut) err(i, `no backup: spec.backup.barmanObjectStore is missing (or annotate ${NO_BACKUP_ANNOTATION} with the reason)`);
      continue;
    }
    if (optOut) err(i, `has spec.backup and the annotation ${NO_BACKUP_ANNOTATION}: which one is true?`);
    if (!o.spec.backup.retentionPolicy) err(i, 'spec.backup.retentionPolicy is missing: backups would be kept forever');
    const creds = store.s3Credentials ?? {};
    if (!creds.inheritFromIAMRole && !store.azureCredentials && !store.googleCredentials) {
      for (const f of ['accessKeyId', 'secretAccessKey']) {
        const ref = creds[f];
        if (!ref?.name) { err(i, `spec.backup.barmanObjectStore.s3Credentials.${f} must name a Secret and key`); continue; }
        const problem = secretProblem(ns(o), ref.name, ref.key);
        if (problem) err(i, `spec.backup.barmanObjectStore.s3Credentials.${f}: ${problem}`);
      }
    }
    const place = `${ns(o)} ${String(store.destinationPath).replace(/\/+$/, '')}/${store.serverName ?? o.metadata?.name}`;
    if (backupPlaces.has(place)) err(i, `backs up to the same place as ${backupPlaces.get(place)}`); else backupPlaces.set(place, id(o));
    const daily = scheduled.filter(({ o: b }) => ns(b) === ns(o) && b.spec?.cluster?.name === o.metadata?.name && b.spec?.suspend !== true);
    if (!daily.length) err(i, 'no ScheduledBackup backs it up');
  }
  for (const { o, i } of scheduled) {
    const cl = clusters.find(({ o: c }) => ns(c) === ns(o) && c.metadata?.name === o.spec?.cluster?.name);
    if (!cl) err(i, `cluster ${o.spec?.cluster?.name} is not in the render`);
    else if ((o.spec?.method ?? 'barmanObjectStore') === 'barmanObjectStore' && !cl.o.spec?.backup?.barmanObjectStore) err(i, `Cluster ${cl.o.metadata.name} has no spec.backup.barmanObjectStore to back up to`);
    const f = String(o.spec?.schedule ?? '').split(' ');
    // seconds minutes hours day-of-month month day-of-week: the last three must allow every day
    if (f.length === 6 && !f.slice(3).every((x) => x === '*' || x === '?')) err(i, `schedule "${o.spec.schedule}" does not run every day`);
  }

  for (const { o, i } of of('Service')) {
    const targets = deployments.filter(({ o: d }) => ns(d) === ns(o) && matches({ matchLabels: o.spec?.selector }, d.spec?.template?.metadata?.labels));
    if (!targets.length) { err(i, 'selector matches no Deployment'); continue; }
    for (const p of o.spec?.ports ?? []) {
      const tp = p.targetPort ?? p.port;
      const ok = targets.every(({ o: d }) => (d.spec.template.spec?.containers ?? []).some((c) => (c.ports ?? []).some((cp) => cp.name === tp || cp.containerPort === tp)));
      if (!ok) err(i, `targetPort ${tp} is not a container port of the selected pods`);
    }
  }
  for (const { o, i } of hpas) {
    const ref = o.spec?.scaleTargetRef ?? {};
    const d = deployments.find(({ o: x }) => ns(x) === ns(o) && ref.kind === 'Deployment' && x.metadata?.name === ref.name);
    if (!d) err(i, `scaleTargetRef ${ref.kind}/${ref.name} is not in the render`);
    if ((o.spec?.minReplicas ?? 1) > o.spec?.maxReplicas) err(i, `minReplicas ${o.spec.minReplicas} exceeds maxReplicas ${o.spec.maxReplicas}`);
    const cpu = (o.spec?.metrics ?? []).some((m) => m.type === 'Resource' && m.resource?.name === 'cpu');
    if (cpu && d && (d.o.spec.template.spec?.containers ?? []).some((c) => c.resources?.requests?.cpu === undefined)) err(i, 'CPU utilization needs a CPU request on every container');
  }
  for (const { o, i } of of('PodDisruptionBudget')) {
    if (!deployments.some(({ o: d }) => ns(d) === ns(o) && matches(o.spec?.selector, d.spec?.template?.metadata?.labels))) err(i, 'selector matches no Deployment');
  }
  for (const { o, i } of of('NetworkPolicy')) {
    if (!deployments.some(({ o: d }) => ns(d) === ns(o) && matches(o.spec?.podSelector, d.spec?.template?.metadata?.labels))) err(i, 'podSelector matches no Deployment');
    for (const r of o.spec?.egress ?? []) {
      for (const t of r.to ?? []) {
        const cl = t.podSelector?.matchLabels?.['cnpg.io/cluster'];
        if (cl && !clusters.some(({ o: x }) => x.metadata?.name === cl && ns(x) === ns(o))) err(i, `egress to cnpg.io/cluster ${cl}, which is not in the render`);
        const kc = t.podSelector?.matchLabels?.['strimzi.io/cluster'];
        if (kc && !kafkas.some(({ o: x }) => x.metadata?.name === kc && ns(x) === ns(o))) err(i, `egress to strimzi.io/cluster ${kc}, which is not in the render`);
      }
    }
    const ingressPorts = (o.spec?.ingress ?? []).flatMap((r) => (r.ports ?? []).map((p) => p.port));
    if (!ingressPorts.includes(8080)) err(i, 'ingress on 8080 is not allowed: the ingress controller and Prometheus could not reach the pods');
  }
  for (const { o, i } of of('ServiceMonitor')) {
    const svcs = of('Service', ns(o)).filter(({ o: s }) => matches(o.spec?.selector, s.metadata?.labels));
    if (!svcs.length) { err(i, 'selector matches no Service'); continue; }
    for (const ep of o.spec?.endpoints ?? []) {
      if (ep.port === undefined && ep.targetPort === undefined) err(i, 'endpoint needs port or targetPort');
      if (ep.port !== undefined && !svcs.every(({ o: s }) => (s.spec?.ports ?? []).some((p) => p.name === ep.port))) err(i, `endpoint port "${ep.port}" is not a named port of the selected Service`);
    }
  }
  for (const { o, i } of of('PrometheusRule')) {
    const groupNames = new Set();
    for (const g of o.spec?.groups ?? []) {
      if (groupNames.has(g.name)) err(i, `rule group "${g.name}" appears twice`); else groupNames.add(g.name);
      for (const r of g.rules ?? []) {
        if ((r.alert === undefined) === (r.record === undefined)) err(i, `a rule of group "${g.name}" needs exactly one of alert and record`);
        if (typeof r.expr !== 'string' || !r.expr.trim()) err(i, `rule ${r.alert ?? r.record} has an empty expr`);
        if (r.alert !== undefined && !r.annotations?.summary) err(i, `alert ${r.alert} needs annotations.summary`);
        if (r.alert !== undefined && !r.labels?.severity) err(i, `alert ${r.alert} needs labels.severity`);
      }
    }
  }
  const ingressHosts = new Map();
  for (const { o, i } of of('Ingress')) {
    const tlsHosts = new Set((o.spec?.tls ?? []).flatMap((t) => t.hosts ?? []));
    for (const rule of o.spec?.rules ?? []) {
      if (!rule.host) err(i, 'every rule needs a host');
      else if (tlsHosts.size && !tlsHosts.has(rule.host)) err(i, `host ${rule.host} is not covered by spec.tls`);
      for (const p of rule.http?.paths ?? []) {
        const key = `${ns(o)} ${rule.host} ${p.path}`;
        if (ingressHosts.has(key)) err(i, `${rule.host}${p.path} is also routed by ${ingressHosts.get(key)}`); else ingressHosts.set(key, id(o));
        const b = p.backend?.service;
        const s = b && of('Service', ns(o)).find(({ o: x }) => x.metadata?.name === b.name);
        if (!s) { err(i, `backend service ${b?.name} is not in the render`); continue; }
        const ok = (s.o.spec?.ports ?? []).some((sp) => (b.port?.name !== undefined ? sp.name === b.port.name : sp.port === b.port?.number));
        if (!ok) err(i, `backend port ${b.port?.name ?? b.port?.number} is not a port of Service ${b.name}`);
      }
    }
  }
  // One endpoint: every Ingress path goes to api-gateway, all on one host per namespace; each service lets the
  // gateway's pods in on 8080.
  const apiHosts = new Map();
  for (const { o, i } of of('Ingress')) {
    for (const rule of o.spec?.rules ?? []) {
      const hosts = apiHosts.get(ns(o)) ?? new Set(); hosts.add(rule.host); apiHosts.set(ns(o), hosts);
      for (const p of rule.http?.paths ?? []) {
        if (p.backend?.service?.name !== GATEWAY) err(i, `${rule.host}${p.path} goes to ${p.backend?.service?.name}, past ${GATEWAY} (the one endpoint)`);
      }
    }
  }
  for (const [n, hosts] of apiHosts) if (hosts.size > 1) err(-1, `namespace ${n}: the API answers at ${[...hosts].join(', ')}: one host expected`);
  const gatewayPods = deployments.find(({ o }) => o.metadata?.name === GATEWAY)?.o.spec?.template?.metadata?.labels;
  for (const { o, i } of deployments) {
    if (!gatewayPods || !SERVICES.includes(o.metadata?.name)) continue;
    const podLabels = o.spec?.template?.metadata?.labels ?? {};
    const np = of('NetworkPolicy', ns(o)).find(({ o: p }) => matches(p.spec?.podSelector, podLabels));
    const fromGateway = np && (np.o.spec?.ingress ?? []).some((r) => (r.ports ?? []).some((p) => p.port === 8080)
      && (r.from ?? []).some((f) => !f.namespaceSelector && f.podSelector && matches(f.podSelector, gatewayPods)));
    if (np && !fromGateway) err(np.i, `ingress from ${GATEWAY} on 8080 is missing: the one endpoint could not reach ${o.metadata.name}`);
  }
  for (const { o, i } of of('ConfigMap')) {
    for (const [k, v] of Object.entries(o.data ?? {})) if (typeof v !== 'string') err(i, `data.${k} must be a string`);
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
function load(file) {
  const docs = YAML.parseAllDocuments(readFileSync(file, 'utf8'));
  const objects = []; const parseErrors = [];
  docs.forEach((d, n) => {
    if (d.errors.length) parseErrors.push(`document ${n + 1}: ${d.errors.map((e) => e.message).join('; ')}`);
    const v = d.toJS();
    if (v !== null && v !== undefined) objects.push(v);
  });
  return { objects, parseErrors };
}

function report(name, objects, errors) {
  let failedObjects = 0;
  for (const [i, msgs] of [...errors.entries()].sort((a, b) => a[0] - b[0])) {
    if (i >= 0) failedObjects++;
    for (const m of msgs) console.log(`  ERROR ${name}: ${i < 0 ? 'render' : id(objects[i])}: ${m}`);
  }
  return failedObjects;
}

const kafkaUser = (os, name) => os.find((o) => o.kind === 'KafkaUser' && o.metadata.name === name);
const cluster = (os, name) => os.find((o) => o.kind === 'Cluster' && o.metadata.name === name);
const serviceEnv = (os, service, name) => os.find((o) => o.kind === 'Deployment' && o.metadata.name === service)
  .spec.template.spec.containers[0].env.find((e) => e.name === name);
const customerEnv = (os, name) => os.find((o) => o.kind === 'Deployment' && o.metadata.name === 'customer-service')
  .spec.template.spec.containers[0].env.find((e) => e.name === name);

// Deliberately broken copies of a good render: each must produce an error that names the fault.
const serviceDeployment = (os) => os.find((o) => o.kind === 'Deployment' && SERVICES.includes(o.metadata.name));
const SELF_TESTS = [
  ['wrong type (kubernetes-models)', /must be integer/, (os) => { serviceDeployment(os).spec.revisionHistoryLimit = 'five'; }],
  ['misspelled field', /readinesProbe: unknown field/, (os) => {
    const c = serviceDeployment(os).spec.template.spec.containers[0];
    c.readinesProbe = c.readinessProbe; delete c.readinessProbe;
  }],
  ['missing part-of label', /part-of must be/, (os) => { delete os.find((o) => o.kind === 'Service').metadata.labels['app.kubernetes.io/part-of']; }],
  ['unknown kind', /unknown kind|unexpected apiVersion/, (os) => { os.push({ ...clone(os.find((o) => o.kind === 'Service')), kind: 'Servce' }); }],
  ['topic replicas above the broker count', /exceeds the \d+ broker/, (os) => { os.find((o) => o.kind === 'KafkaTopic').spec.replicas = 99; }],
  ['Kafka without listeners', /listeners: required/, (os) => { delete os.find((o) => o.kind === 'Kafka').spec.kafka.listeners; }],
  ['ZooKeeper section on a KRaft cluster', /zookeeper: unknown field/, (os) => { os.find((o) => o.kind === 'Kafka').spec.zookeeper = { replicas: 3 }; }],
  ['CNPG Cluster without instances', /instances: required/, (os) => { delete os.find((o) => o.kind === 'Cluster').spec.instances; }],
  ['ServiceMonitor on a port the Service lacks', /not a named port/, (os) => { os.find((o) => o.kind === 'ServiceMonitor').spec.endpoints[0].port = 'metrics'; }],
  ['PrometheusRule alert without expr', /expr: required/, (os) => { delete os.find((o) => o.kind === 'PrometheusRule').spec.groups[0].rules[0].expr; }],
  ['PrometheusRule alert without severity', /needs labels.severity/, (os) => { delete os.find((o) => o.kind === 'PrometheusRule').spec.groups[0].rules[0].labels; }],
  ['ServiceMonitor without endpoints', /endpoints: required/, (os) => { delete os.find((o) => o.kind === 'ServiceMonitor').spec.endpoints; }],
  ['password from an unknown Secret', /neither in the render nor made by a CloudNativePG/, (os) => {
    serviceDeployment(os).spec.template.spec.containers[0].env.find((e) => e.name === 'DB_PASSWORD').valueFrom.secretKeyRef.name = 'nope-app';
  }],
  // The operator-provided Secrets are an explicit list, not a pass for any name.
  ['hash key from an unknown Secret', /Secret customer-service-realnam .*neither in the render/, (os) => {
    customerEnv(os, 'REALNAME_ID_NUMBER_HASH_KEY').valueFrom.secretKeyRef.name = 'customer-service-realnam';
  }],
  ['hash key from a key the operator-provided Secret lacks', /operator-provided Secret customer-service-realname has no key/, (os) => {
    customerEnv(os, 'REALNAME_ID_NUMBER_HASH_KEY').valueFrom.secretKeyRef.key = 'hash-key';
  }],
  ['hash key as a literal value', /REALNAME_ID_NUMBER_HASH_KEY must come from a Secret/, (os) => {
    const e = customerEnv(os, 'REALNAME_ID_NUMBER_HASH_KEY'); delete e.valueFrom; e.value = 'local-development-key-not-secret';
  }],
  ['customer-service without the hash key', /env REALNAME_ID_NUMBER_HASH_KEY is missing/, (os) => {
    const c = os.find((o) => o.kind === 'Deployment' && o.metadata.name === 'customer-service').spec.template.spec.containers[0];
    c.env = c.env.filter((e) => e.name !== 'REALNAME_ID_NUMBER_HASH_KEY');
  }],
  ['partner-service without the fingerprint key', /env IDEMPOTENCY_FINGERPRINT_KEY is missing/, (os) => {
    const c = os.find((o) => o.kind === 'Deployment' && o.metadata.name === 'partner-service').spec.template.spec.containers[0];
    c.env = c.env.filter((e) => e.name !== 'IDEMPOTENCY_FINGERPRINT_KEY');
  }],
  ['reactive URL naming another database than the JDBC URL', /DB_REACTIVE_URL .* does not name the database/, (os) => {
    const e = serviceDeployment(os).spec.template.spec.containers[0].env.find((x) => x.name === 'DB_REACTIVE_URL');
    e.value = e.value.replace(/\/[a-z_]+$/, '/other');
  }],
  ['JDBC URL naming another database', /is not the one Cluster/, (os) => {
    const e = serviceDeployment(os).spec.template.spec.containers[0].env.find((x) => x.name === 'DB_JDBC_URL');
    e.value = e.value.replace(/\/[a-z_]+$/, '/other');
  }],
  ['writable root filesystem', /readOnlyRootFilesystem/, (os) => { serviceDeployment(os).spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem = false; }],
  ['Ingress to a missing Service', /backend service .* is not in the render/, (os) => { os.find((o) => o.kind === 'Ingress').spec.rules[0].http.paths[0].backend.service.name = 'ghost'; }],
  // The one endpoint.
  ['an Ingress path past the gateway', /goes to partner-service, past api-gateway/, (os) => { os.find((o) => o.kind === 'Ingress').spec.rules[0].http.paths[0].backend.service.name = 'partner-service'; }],
  ['a second API host', /one host expected/, (os) => { const ing = clone(os.find((o) => o.kind === 'Ingress')); ing.metadata.name = 'second'; ing.spec.rules[0].host = 'other.example.com'; ing.spec.rules[0].http.paths = [{ ...ing.spec.rules[0].http.paths[0], path: '/v9' }]; ing.spec.tls[0].hosts = ['other.example.com']; os.push(ing); }],
  ['a gateway origin naming another Service', /env BILLING_GATEWAY_URL names Service billing, not billing-gateway/, (os) => {
    os.find((o) => o.kind === 'Deployment' && o.metadata.name === 'api-gateway').spec.template.spec.containers[0].env.find((e) => e.name === 'BILLING_GATEWAY_URL').value = 'http://billing:80';
  }],
  ['a service that does not let the gateway in', /ingress from api-gateway on 8080 is missing/, (os) => {
    const np = os.find((o) => o.kind === 'NetworkPolicy' && o.metadata.name === 'customer-service');
    np.spec.ingress = np.spec.ingress.map((r) => ({ ...r, from: r.from.filter((f) => f.namespaceSelector) }));
  }],
  ['a service without its NetworkPolicy', /no NetworkPolicy selects/, (os) => { os.splice(os.findIndex((o) => o.kind === 'NetworkPolicy'), 1); }],
  ['a missing dead-letter topic', /KafkaTopics missing/, (os) => { os.splice(os.findIndex((o) => o.kind === 'KafkaTopic' && o.metadata.name.endsWith('.dlq')), 1); }],
  ['memory request above the limit', /memory request .* exceeds limit/, (os) => { serviceDeployment(os).spec.template.spec.containers[0].resources.requests.memory = '4Gi'; }],
  // Kafka authentication and ACLs.
  ['a Kafka listener without authentication', /listener plain has no authentication/, (os) => { delete os.find((o) => o.kind === 'Kafka').spec.kafka.listeners[0].authentication; }],
  ['Kafka without simple authorization', /authorization.type must be simple/, (os) => { delete os.find((o) => o.kind === 'Kafka').spec.kafka.authorization; }],
  ['KafkaUsers without the User Operator', /need the User Operator/, (os) => { delete os.find((o) => o.kind === 'Kafka').spec.entityOperator.userOperator; }],
  ['KafkaUser with a misspelled ACL operation', /"Writ" is not one of/, (os) => { kafkaUser(os, 'partner-service').spec.authorization.acls[0].operations = ['Writ']; }],
  // The point of the ACLs: customer-service must not be able to publish partner.events.
  ['KafkaUser writing another service\'s topic', /may write only its own topic customer\.events .* not partner\.events/, (os) => {
    kafkaUser(os, 'customer-service').spec.authorization.acls.push({ resource: { type: 'topic', name: 'partner.events', patternType: 'literal' }, operations: ['Write'] });
  }],
  ['KafkaUser writing by topic prefix', /topic ACLs must name one topic/, (os) => {
    kafkaUser(os, 'billing-gateway').spec.authorization.acls.push({ resource: { type: 'topic', name: 'billing', patternType: 'prefix' }, operations: ['Write'] });
  }],
  ['KafkaUser with All on a topic it consumes', /not partner\.events \(All\)/, (os) => {
    kafkaUser(os, 'customer-service').spec.authorization.acls.find((a) => a.resource.name === 'partner.events').operations = ['All'];
  }],
  ['KafkaUser reading a topic it does not consume', /may read only what it consumes \(billing\.events\), not customer\.events/, (os) => {
    kafkaUser(os, 'partner-service').spec.authorization.acls.push({ resource: { type: 'topic', name: 'customer.events' }, operations: ['Read'] });
  }],
  ['KafkaUser using another consumer group', /the only consumer group it may use is its own/, (os) => {
    kafkaUser(os, 'customer-service').spec.authorization.acls.find((a) => a.resource.type === 'group').resource.name = 'billing-gateway';
  }],
  ['KafkaUser without Write on its own topic', /lacks Write on its own topic partner\.events/, (os) => { kafkaUser(os, 'partner-service').spec.authorization.acls = []; }],
  ['a service without Kafka credentials', /env KAFKA_SASL_JAAS_CONFIG is missing/, (os) => {
    const c = os.find((o) => o.kind === 'Deployment' && o.metadata.name === 'partner-service').spec.template.spec.containers[0];
    c.env = c.env.filter((e) => e.name !== 'KAFKA_SASL_JAAS_CONFIG');
  }],
  ['a service logging in as another service\'s KafkaUser', /not the service's own KafkaUser customer-service/, (os) => {
    serviceEnv(os, 'customer-service', 'KAFKA_SASL_JAAS_CONFIG').valueFrom.secretKeyRef.name = 'partner-service';
  }],
  ['Kafka credentials as a literal value', /KAFKA_SASL_JAAS_CONFIG must come from a Secret/, (os) => {
    const e = serviceEnv(os, 'billing-gateway', 'KAFKA_SASL_JAAS_CONFIG'); delete e.valueFrom;
    e.value = 'org.apache.kafka.common.security.scram.ScramLoginModule required username="billing-gateway" password="x";';
  }],
  ['Kafka credentials from a key the KafkaUser Secret lacks', /Secret of KafkaUser incentive-service has no key jaas/, (os) => {
    serviceEnv(os, 'incentive-service', 'KAFKA_SASL_JAAS_CONFIG').valueFrom.secretKeyRef.key = 'jaas';
  }],
  ['security protocol not fitting the listener', /KAFKA_SECURITY_PROTOCOL "PLAINTEXT" does not fit/, (os) => {
    os.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('partner-center-config')).data.KAFKA_SECURITY_PROTOCOL = 'PLAINTEXT';
  }],
  // PostgreSQL backups.
  ['CNPG Cluster without backup', /no backup: spec.backup.barmanObjectStore is missing/, (os) => { delete cluster(os, 'billing-db').spec.backup; }],
  ['backup credentials from an unknown Secret', /s3Credentials.secretAccessKey: Secret s3-creds is neither/, (os) => {
    cluster(os, 'partner-db').spec.backup.barmanObjectStore.s3Credentials.secretAccessKey.name = 's3-creds';
  }],
  ['backup credentials from a key the operator-provided Secret lacks', /operator-provided Secret postgres-backup-s3 has no key SECRET_KEY/, (os) => {
    cluster(os, 'partner-db').spec.backup.barmanObjectStore.s3Credentials.secretAccessKey.key = 'SECRET_KEY';
  }],
  ['backup retention in an unknown unit', /retentionPolicy: "30 days" does not match/, (os) => { cluster(os, 'customer-db').spec.backup.retentionPolicy = '30 days'; }],
  ['two Clusters backing up to the same place', /backs up to the same place as Cluster\/(partner|customer)-db/, (os) => { cluster(os, 'customer-db').spec.backup.barmanObjectStore.serverName = 'partner-db'; }],
  ['a Cluster without its ScheduledBackup', /no ScheduledBackup backs it up/, (os) => {
    os.splice(os.findIndex((o) => o.kind === 'ScheduledBackup' && o.spec.cluster.name === 'incentive-db'), 1);
  }],
  ['ScheduledBackup of a missing Cluster', /cluster ghost-db is not in the render/, (os) => { os.find((o) => o.kind === 'ScheduledBackup').spec.cluster.name = 'ghost-db'; }],
  ['ScheduledBackup that is not daily', /does not run every day/, (os) => { os.find((o) => o.kind === 'ScheduledBackup').spec.schedule = '0 0 2 * * 0'; }],
  ['ScheduledBackup with a five-field (minutes-first) schedule', /schedule: "0 2 \* \* \*" does not match/, (os) => { os.find((o) => o.kind === 'ScheduledBackup').spec.schedule = '0 2 * * *'; }],
];

async function main() {
  const args = process.argv.slice(2);
  const selfTest = args[0] === '--self-test';
  const targets = (selfTest ? args.slice(1) : args).map((a) => {
    const eq = a.indexOf('=');
    return eq > 0 ? { name: a.slice(0, eq), file: a.slice(eq + 1) } : { name: a, file: a };
  });
  if (!targets.length) { console.error('usage: validate.mjs [--self-test] NAME=FILE ...'); process.exit(2); }

  if (selfTest) {
    const { objects, parseErrors } = load(targets[0].file);
    if (parseErrors.length || (await validateObjects(objects)).size) {
      console.log(`self-test: the base render ${targets[0].name} must be valid first`); process.exit(1);
    }
    let passed = 0; let failed = 0;
    for (const [label, expected, mutate] of SELF_TESTS) {
      const broken = clone(objects);
      mutate(broken);
      const msgs = [...(await validateObjects(broken)).values()].flat();
      if (msgs.some((m) => expected.test(m))) { passed++; console.log(`  ok    ${label}`); } else {
        failed++; console.log(`  FAIL  ${label}: expected ${expected}, got ${msgs.length ? msgs.join(' | ') : 'no error'}`);
      }
    }
    console.log(`self-test: ${passed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
  }

  let total = 0; let totalFailed = 0;
  for (const { name, file } of targets) {
    const { objects, parseErrors } = load(file);
    for (const e of parseErrors) console.log(`  ERROR ${name}: YAML ${e}`);
    const errors = await validateObjects(objects);
    const failed = report(name, objects, errors) + (parseErrors.length ? 1 : 0);
    const renderErrors = errors.get(-1)?.length ?? 0;
    const kinds = {};
    for (const o of objects) kinds[o?.kind] = (kinds[o?.kind] ?? 0) + 1;
    console.log(`${name}: ${objects.length} objects (${Object.entries(kinds).map(([k, c]) => `${c} ${k}`).join(', ')}), `
      + `${failed} with errors${renderErrors ? `, ${renderErrors} render-level error(s)` : ''}`);
    total += objects.length; totalFailed += failed + (renderErrors ? 1 : 0);
  }
  console.log(`manifests: ${total - Math.min(totalFailed, total)} passed, ${totalFailed} failed`);
  process.exit(totalFailed ? 1 : 0);
}

await main();
