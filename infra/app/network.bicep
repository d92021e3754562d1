// Optional private networking: a virtual network the apps join, and private endpoints for storage and Key Vault,
// so both can refuse public traffic. Deployed only when main.bicep's vnetEnabled is true.
param name string
param location string
param tags object
param storageAccountName string
param keyVaultName string

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    addressSpace: { addressPrefixes: ['10.0.0.0/16'] }
    subnets: [
      {
        // Flex Consumption integrates through a subnet delegated to Microsoft.App/environments.
        name: 'app'
        properties: {
          addressPrefix: '10.0.1.0/24'
          delegations: [{ name: 'flex', properties: { serviceName: 'Microsoft.App/environments' } }]
        }
      }
      {
        name: 'portal'
        properties: {
          addressPrefix: '10.0.2.0/24'
          delegations: [{ name: 'appservice', properties: { serviceName: 'Microsoft.Web/serverFarms' } }]
        }
      }
      {
        name: 'private-endpoints'
        properties: {
          addressPrefix: '10.0.3.0/24'
          privateEndpointNetworkPolicies: 'Disabled'
        }
      }
    ]
  }
}

var storageSuffix = environment().suffixes.storage
var endpoints = [
  { groupId: 'blob', zone: 'privatelink.blob.${storageSuffix}', target: storage.id }
  { groupId: 'queue', zone: 'privatelink.queue.${storageSuffix}', target: storage.id }
  { groupId: 'table', zone: 'privatelink.table.${storageSuffix}', target: storage.id }
  { groupId: 'vault', zone: 'privatelink.vaultcore.azure.net', target: vault.id }
]

resource zones 'Microsoft.Network/privateDnsZones@2024-06-01' = [for endpoint in endpoints: {
  name: endpoint.zone
  location: 'global'
  tags: tags
}]

resource zoneLinks 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = [for (endpoint, i) in endpoints: {
  parent: zones[i]
  name: '${name}-link'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: { id: vnet.id }
  }
}]

resource privateEndpoints 'Microsoft.Network/privateEndpoints@2024-05-01' = [for endpoint in endpoints: {
  name: 'pe-${endpoint.groupId}-${name}'
  location: location
  tags: tags
  properties: {
    subnet: { id: '${vnet.id}/subnets/private-endpoints' }
    privateLinkServiceConnections: [
      {
        name: endpoint.groupId
        properties: {
          privateLinkServiceId: endpoint.target
          groupIds: [endpoint.groupId]
        }
      }
    ]
  }
}]

resource zoneGroups 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = [for (endpoint, i) in endpoints: {
  parent: privateEndpoints[i]
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [{ name: endpoint.groupId, properties: { privateDnsZoneId: zones[i].id } }]
  }
}]

output appSubnetId string = '${vnet.id}/subnets/app'
output portalSubnetId string = '${vnet.id}/subnets/portal'
