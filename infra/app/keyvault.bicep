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
output uri string = vault.properties.vaultUri
