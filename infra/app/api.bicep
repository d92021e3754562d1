// The Functions app on a Flex Consumption plan (.NET 10 isolated worker), identity-based everywhere.
param name string
param planName string
param location string
param tags object
param identityId string
param identityClientId string
param storageAccountName string
param deploymentContainerName string
param applicationInsightsConnectionString string
param keyVaultUri string
param emailProvider string
param smsProvider string
param sendGridFromAddress string
param twilioAccountSid string
param twilioFromNumber string
param twilioMessagingServiceSid string
param twilioStatusCallbackUrl string
param sendGridWebhookVerificationKey string

@description('Public address for acknowledgement links and the Twilio signature; empty uses the app\'s default host name.')
param publicBaseUrl string

@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Subnet the app joins for private endpoints; empty for none.')
param subnetId string = ''

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { tier: 'FlexConsumption', name: 'FC1' }
  properties: { reserved: true }
}

// Storage settings the Functions host reads for identity-based connections (no connection string exists).
var hostStorageSettings = {
  AzureWebJobsStorage__accountName: storage.name
  AzureWebJobsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
  AzureWebJobsStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
  AzureWebJobsStorage__tableServiceUri: storage.properties.primaryEndpoints.table
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
}

var appSettings = {
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  // DefaultAzureCredential in the app's own clients picks the user-assigned identity from this.
  AZURE_CLIENT_ID: identityClientId
  Notify__Transport: 'StorageQueue'
  // The RecoverySweep timer's NCRONTAB schedule; the function does not index without it.
  NOTIFY_RECOVERY_SCHEDULE: '0 */2 * * * *'
  Notify__Email__Provider: emailProvider
  Notify__Sms__Provider: smsProvider
  Notify__SendGrid__ApiKey: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/sendgrid-api-key)'
  Notify__SendGrid__FromAddress: sendGridFromAddress
  Notify__Twilio__AccountSid: twilioAccountSid
  Notify__Twilio__AuthToken: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/twilio-auth-token)'
  Notify__Twilio__FromNumber: twilioFromNumber
  Notify__Twilio__MessagingServiceSid: twilioMessagingServiceSid
  Notify__Twilio__StatusCallbackUrl: twilioStatusCallbackUrl
  Notify__SendGrid__WebhookVerificationKey: sendGridWebhookVerificationKey
  Notify__Receipts__LinkKey: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/receipts-link-key)'
}

// Links and the Twilio signature use the public address; the Functions app serves the link pages under /api/.
var publicBase = empty(publicBaseUrl) ? 'https://${functionApp.properties.defaultHostName}' : publicBaseUrl
var receiptSettings = {
  Notify__Receipts__PublicBaseUrl: publicBase
  Notify__Receipts__LinkBaseUrl: '${publicBase}/api/'
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    virtualNetworkSubnetId: empty(subnetId) ? null : subnetId
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }

  resource settings 'config' = {
    name: 'appsettings'
    properties: union(hostStorageSettings, appSettings, receiptSettings)
  }
}

output name string = functionApp.name
output uri string = 'https://${functionApp.properties.defaultHostName}'
