// LangSon.Notify on Azure Functions (Flex Consumption), in the azd layout of the Functions quickstarts.
// Everything authenticates with one user-assigned managed identity; the only secrets (SendGrid, Twilio) live in Key Vault.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; names and tags every resource.')
param environmentName string

@minLength(1)
@description('Azure region, e.g. southeastasia.')
param location string

@description('Object id of the deploying user or group, given data access for support work; empty to skip.')
param principalId string = ''

@description('Email provider: Smtp or SendGrid.')
@allowed(['SendGrid', 'Smtp'])
param emailProvider string = 'SendGrid'

@description('SMS provider: Outbox or Twilio.')
@allowed(['Twilio', 'Outbox'])
param smsProvider string = 'Twilio'

@secure()
@description('SendGrid API key, stored in Key Vault; empty leaves the secret to be set by hand.')
param sendGridApiKey string = ''

@description('Sender verified in SendGrid.')
param sendGridFromAddress string = ''

@description('Twilio account SID (not a secret).')
param twilioAccountSid string = ''

@secure()
@description('Twilio auth token, stored in Key Vault; empty leaves the secret to be set by hand.')
param twilioAuthToken string = ''

@description('Twilio sending number (E.164) or empty when a messaging service is used.')
param twilioFromNumber string = ''

@description('Twilio messaging service SID, instead of a sending number.')
param twilioMessagingServiceSid string = ''

@description('Where Twilio posts delivery receipts.')
param twilioStatusCallbackUrl string = ''

@description('SendGrid signed event webhook public key (base64 DER, not a secret).')
param sendGridWebhookVerificationKey string = ''

@secure()
@description('Key that signs acknowledgement links, stored in Key Vault; empty leaves the secret to be set by hand.')
param receiptsLinkKey string = ''

@description('Public address of the app for acknowledgement links and Twilio signatures; empty uses the app\'s default host name.')
param publicBaseUrl string = ''

@description('Also create a Service Bus namespace and queue with duplicate detection (used by the self-host transport).')
param enableServiceBus bool = false

@description('Application (client) id of the portal\'s Entra ID app registration (app roles VanThu and QuanTri); see README.')
param portalEntraClientId string = ''

@description('Put storage and Key Vault behind private endpoints in a new virtual network that both apps join; public access to them is then off.')
param vnetEnabled bool = false

@description('Client IP ranges (CIDR) let through the storage and Key Vault firewalls, e.g. the office that uploads with a storage tool; empty with vnetEnabled false means any address.')
param allowedIpRanges array = []

var abbrs = loadJsonContent('./abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var functionAppName = '${abbrs.webSitesFunctions}notify-${resourceToken}'
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity './app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}notify-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage './app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: '${abbrs.storageStorageAccounts}${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
    publicNetworkAccess: !vnetEnabled || !empty(allowedIpRanges)
    allowedIpRanges: allowedIpRanges
  }
}

module eventGrid './app/eventgrid.bicep' = {
  name: 'eventgrid'
  scope: rg
  params: {
    name: '${abbrs.eventGridSystemTopics}${resourceToken}'
    location: location
    tags: tags
    storageAccountId: storage.outputs.id
  }
}

module monitoring './app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: tags
  }
}

module keyVault './app/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    name: '${abbrs.keyVaultVaults}${resourceToken}'
    location: location
    tags: tags
    sendGridApiKey: sendGridApiKey
    twilioAuthToken: twilioAuthToken
    receiptsLinkKey: receiptsLinkKey
    publicNetworkAccess: !vnetEnabled || !empty(allowedIpRanges)
    allowedIpRanges: allowedIpRanges
  }
}

module network './app/network.bicep' = if (vnetEnabled) {
  name: 'network'
  scope: rg
  params: {
    name: '${abbrs.networkVirtualNetworks}${resourceToken}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
    keyVaultName: keyVault.outputs.name
  }
}

module serviceBus './app/servicebus.bicep' = if (enableServiceBus) {
  name: 'servicebus'
  scope: rg
  params: {
    name: '${abbrs.serviceBusNamespaces}${resourceToken}'
    location: location
    tags: tags
  }
}

module rbac './app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    keyVaultName: keyVault.outputs.name
    serviceBusNamespaceName: enableServiceBus ? serviceBus!.outputs.name : ''
    identityPrincipalId: identity.outputs.principalId
    deploymentContainerName: deploymentContainerName
    eventGridTopicPrincipalId: eventGrid.outputs.principalId
    userPrincipalId: principalId
  }
}

module api './app/api.bicep' = {
  name: 'api'
  scope: rg
  params: {
    name: functionAppName
    planName: '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: union(tags, { 'azd-service-name': 'api' })
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerName: deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    keyVaultUri: keyVault.outputs.uri
    emailProvider: emailProvider
    smsProvider: smsProvider
    sendGridFromAddress: sendGridFromAddress
    twilioAccountSid: twilioAccountSid
    twilioFromNumber: twilioFromNumber
    twilioMessagingServiceSid: twilioMessagingServiceSid
    twilioStatusCallbackUrl: twilioStatusCallbackUrl
    sendGridWebhookVerificationKey: sendGridWebhookVerificationKey
    publicBaseUrl: publicBaseUrl
    subnetId: vnetEnabled ? network!.outputs.appSubnetId : ''
  }
  dependsOn: [rbac]
}

module portal './app/portal.bicep' = {
  name: 'portal'
  scope: rg
  params: {
    name: '${abbrs.webSitesAppService}notify-portal-${resourceToken}'
    planName: '${abbrs.webServerFarms}portal-${resourceToken}'
    location: location
    tags: union(tags, { 'azd-service-name': 'portal' })
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    keyVaultUri: keyVault.outputs.uri
    emailProvider: emailProvider
    smsProvider: smsProvider
    sendGridFromAddress: sendGridFromAddress
    twilioAccountSid: twilioAccountSid
    twilioFromNumber: twilioFromNumber
    twilioMessagingServiceSid: twilioMessagingServiceSid
    entraClientId: portalEntraClientId
    entraTenantId: tenant().tenantId
    subnetId: vnetEnabled ? network!.outputs.portalSubnetId : ''
  }
  dependsOn: [rbac]
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = api.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_EVENTGRID_TOPIC_NAME string = eventGrid.outputs.name
output AZURE_EVENTGRID_DEADLETTER_CONTAINER string = storage.outputs.deadLetterContainerName
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output SERVICE_API_URI string = api.outputs.uri
output SERVICE_PORTAL_URI string = portal.outputs.uri
output NOTIFY_SERVICEBUS_NAMESPACE string = enableServiceBus ? serviceBus!.outputs.fullyQualifiedNamespace : ''
