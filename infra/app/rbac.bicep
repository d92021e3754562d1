// Data-plane roles for the app's identity (and optionally the deploying user), instead of keys and connection strings.
param storageAccountName string
param applicationInsightsName string
param keyVaultName string
@description('Empty when Service Bus is not deployed.')
param serviceBusNamespaceName string
param identityPrincipalId string
@description('Flex Consumption deployment package container.')
param deploymentContainerName string
@description('System-assigned identity of the storage account\'s Event Grid system topic.')
param eventGridTopicPrincipalId string
@description('Deploying user or group; empty to skip.')
param userPrincipalId string

var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageBlobDelegator: 'db58b8e5-c6ad-4a2a-8342-4190687cbf4a'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
  serviceBusDataSender: '69a216fc-b8fb-44d8-bc22-1f3c2cd27a39'
  serviceBusDataReceiver: '4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0'
}

var names = loadJsonContent('./storage-names.json')
var appContainers = concat(names.containers, names.hostContainers, [deploymentContainerName])
var appQueues = concat(names.queues, names.hostQueues)
var userStorageRoles = [roles.storageBlobDataOwner, roles.storageQueueDataContributor, roles.storageTableDataContributor]
var serviceBusRoles = [roles.serviceBusDataSender, roles.serviceBusDataReceiver]

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' existing = [for container in appContainers: {
  name: '${storageAccountName}/default/${container}'
}]

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' existing = [for queue in appQueues: {
  name: '${storageAccountName}/default/${queue}'
}]

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' existing = [for table in names.tables: {
  name: '${storageAccountName}/default/${table}'
}]

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource serviceBus 'Microsoft.ServiceBus/namespaces@2022-10-01-preview' existing = if (!empty(serviceBusNamespaceName)) {
  name: serviceBusNamespaceName
}

// The app's data roles sit on each container, queue and table it uses, never on the whole account.
resource appBlobs 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for (container, i) in appContainers: {
  name: guid(storage.id, container, identityPrincipalId, roles.storageBlobDataContributor)
  scope: containers[i]
  properties: {
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
  }
}]

// Only lets the identity ask for a user delegation key; what a link can read is still bounded by the container role.
resource appDelegator 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identityPrincipalId, roles.storageBlobDelegator)
  scope: storage
  properties: {
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDelegator)
  }
}

resource appQueueRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for (queue, i) in appQueues: {
  name: guid(storage.id, queue, identityPrincipalId, roles.storageQueueDataContributor)
  scope: queues[i]
  properties: {
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageQueueDataContributor)
  }
}]

resource appTableRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for (table, i) in names.tables: {
  name: guid(storage.id, table, identityPrincipalId, roles.storageTableDataContributor)
  scope: tables[i]
  properties: {
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataContributor)
  }
}]

// Event Grid writes undeliverable notice events here with its system topic's identity.
resource deadLetterContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' existing = {
  name: '${storageAccountName}/default/${names.deadLetterContainer}'
}

resource topicDeadLetter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, names.deadLetterContainer, eventGridTopicPrincipalId, roles.storageBlobDataContributor)
  scope: deadLetterContainer
  properties: {
    principalId: eventGridTopicPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
  }
}

// Support access for the deploying user stays account-wide: it is optional and for people, not the app.
resource userStorage 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in userStorageRoles: if (!empty(userPrincipalId)) {
  name: guid(storage.id, userPrincipalId, role)
  scope: storage
  properties: {
    principalId: userPrincipalId
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
  }
}]

resource appSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identityPrincipalId, roles.keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
  }
}

resource appTelemetry 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, identityPrincipalId, roles.monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
  }
}

resource appServiceBus 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in serviceBusRoles: if (!empty(serviceBusNamespaceName)) {
  name: guid(subscription().id, resourceGroup().id, serviceBusNamespaceName, identityPrincipalId, role)
  scope: serviceBus
  properties: {
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
  }
}]
