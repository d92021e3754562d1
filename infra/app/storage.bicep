// Storage for the Functions host, the deployment package, uploaded notices, the delivery queues and tables.
// Shared keys are off: every client authenticates with the managed identity.
// The names come from storage-names.json, which a test checks against the code's StorageNames.
param name string
param location string
param tags object
param deploymentContainerName string

@description('Public network access: true keeps the endpoints reachable (subject to allowedIpRanges); false leaves only private endpoints.')
param publicNetworkAccess bool = true

@description('Client IP ranges (CIDR) allowed through the firewall; empty with public access means any address.')
param allowedIpRanges array = []

var names = loadJsonContent('./storage-names.json')
var restricted = !publicNetworkAccess || !empty(allowedIpRanges)

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: publicNetworkAccess ? 'Enabled' : 'Disabled'
    networkAcls: {
      // Event Grid, Monitor and the deployment service reach the account as trusted Azure services.
      defaultAction: restricted ? 'Deny' : 'Allow'
      bypass: 'AzureServices'
      ipRules: [for range in allowedIpRanges: { value: range, action: 'Allow' }]
    }
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: deploymentContainerName
}

// Uploads (Event Grid trigger), dated directories, dispatch plans; the host's own containers exist up front
// because the app's roles are granted on each container, not on the account.
resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [for container in concat(names.containers, names.hostContainers, [names.deadLetterContainer]): {
  parent: blobs
  name: container
}]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [for queue in concat(names.queues, names.hostQueues): {
  parent: queueService
  name: queue
}]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [for table in names.tables: {
  parent: tableService
  name: table
}]

output name string = storage.name
output id string = storage.id
output blobEndpoint string = storage.properties.primaryEndpoints.blob
output queueEndpoint string = storage.properties.primaryEndpoints.queue
output tableEndpoint string = storage.properties.primaryEndpoints.table
output deadLetterContainerName string = names.deadLetterContainer
