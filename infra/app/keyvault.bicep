// Key Vault (RBAC mode) for the provider secrets; the app reads them through Key Vault references.
param name string
param location string
param tags object

@secure()
param sendGridApiKey string

@secure()
param twilioAuthToken string

@secure()
param receiptsLinkKey string

@description('Public network access: false leaves only the private endpoint (vnetEnabled).')
param publicNetworkAccess bool = true

@description('Client IP ranges (CIDR) allowed through the firewall; empty with public access means any address.')
param allowedIpRanges array = []

var restricted = !publicNetworkAccess || !empty(allowedIpRanges)

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    enablePurgeProtection: true
    publicNetworkAccess: publicNetworkAccess ? 'Enabled' : 'Disabled'
    networkAcls: {
      // App Service resolves Key Vault references as a trusted service or through the private endpoint.
      defaultAction: restricted ? 'Deny' : 'Allow'
      bypass: 'AzureServices'
      ipRules: [for range in allowedIpRanges: { value: range }]
    }
  }
}

resource sendGridSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(sendGridApiKey)) {
  parent: vault
  name: 'sendgrid-api-key'
  properties: { value: sendGridApiKey }
}

resource twilioSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(twilioAuthToken)) {
  parent: vault
  name: 'twilio-auth-token'
  properties: { value: twilioAuthToken }
}

resource linkKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(receiptsLinkKey)) {
  parent: vault
  name: 'receipts-link-key'
  properties: { value: receiptsLinkKey }
}

output name string = vault.name
output id string = vault.id
output uri string = vault.properties.vaultUri
