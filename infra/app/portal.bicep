// The portal (ASP.NET Core Razor Pages) on App Service for Linux: the same user-assigned identity and storage roles as
// the Functions app, sign-in with Microsoft Entra ID (app roles VanThu and QuanTri), no secret in its settings.
param name string
param planName string
param location string
param tags object
param identityId string
param identityClientId string
param storageAccountName string
param applicationInsightsConnectionString string
param keyVaultUri string
param emailProvider string
param smsProvider string
param sendGridFromAddress string
param twilioAccountSid string
param twilioFromNumber string
param twilioMessagingServiceSid string

@description('Application (client) id of the portal\'s Entra app registration, which defines the app roles VanThu and QuanTri.')
param entraClientId string

@description('Directory (tenant) of the app registration.')
param entraTenantId string

@allowed(['B1', 'B2', 'P0v3', 'P1v3'])
param skuName string = 'B1'

@description('Subnet the app joins for private endpoints; empty for none.')
param subnetId string = ''

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: { name: skuName }
  properties: { reserved: true }
}

var storageSettings = {
  AzureWebJobsStorage__accountName: storage.name
  AzureWebJobsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
  AzureWebJobsStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
  AzureWebJobsStorage__tableServiceUri: storage.properties.primaryEndpoints.table
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
}

var appSettings = {
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  AZURE_CLIENT_ID: identityClientId
  // TLS ends at the App Service front end: the app learns the scheme from X-Forwarded-Proto.
  ASPNETCORE_FORWARDEDHEADERS_ENABLED: 'true'
  Notify__Transport: 'StorageQueue'
  Notify__Email__Provider: emailProvider
  Notify__Sms__Provider: smsProvider
  Notify__SendGrid__ApiKey: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/sendgrid-api-key)'
  Notify__SendGrid__FromAddress: sendGridFromAddress
  Notify__Twilio__AccountSid: twilioAccountSid
  Notify__Twilio__AuthToken: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/twilio-auth-token)'
  Notify__Twilio__FromNumber: twilioFromNumber
  Notify__Twilio__MessagingServiceSid: twilioMessagingServiceSid
  Portal__Authentication: 'Entra'
  AzureAd__Instance: environment().authentication.loginEndpoint
  AzureAd__TenantId: entraTenantId
  AzureAd__ClientId: entraClientId
  AzureAd__CallbackPath: '/signin-oidc'
  // The app proves itself to Entra ID with the managed identity (a federated credential on the app registration), not a secret.
  AzureAd__ClientCredentials__0__SourceType: 'SignedAssertionFromManagedIdentity'
  AzureAd__ClientCredentials__0__ManagedIdentityClientId: identityClientId
}

resource portal 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'app,linux'
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
      linuxFxVersion: 'DOTNETCORE|10.0'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      // Storage and Key Vault behind private endpoints are reached only through the subnet.
      vnetRouteAllEnabled: !empty(subnetId)
      alwaysOn: true
      healthCheckPath: '/health'
    }
  }

  resource settings 'config' = {
    name: 'appsettings'
    properties: union(storageSettings, appSettings)
  }
}

output name string = portal.name
output uri string = 'https://${portal.properties.defaultHostName}'
