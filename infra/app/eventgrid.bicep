// The storage account's Event Grid system topic, with an identity that may write dead-lettered events.
// The subscription to IngestNotice is made after deploy (infra/scripts/subscribe-notice-events.sh): its webhook
// needs the host's blobs_extension key, which exists only once the app runs.
param name string
param location string
param tags object
param storageAccountId string

resource topic 'Microsoft.EventGrid/systemTopics@2024-06-01-preview' = {
  name: name
  location: location
  tags: tags
  identity: { type: 'SystemAssigned' }
  properties: {
    source: storageAccountId
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = topic.name
output principalId string = topic.identity.principalId
