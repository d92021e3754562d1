#!/bin/sh
# Points Blob Created events for the notices container at the IngestNotice function (BlobTrigger Source = EventGrid).
# Runs after deploy: the webhook needs the host's blobs_extension system key, which exists only once the app has started.
# The system topic and its dead-letter container come from the Bicep (app/eventgrid.bicep, app/storage.bicep).
# Idempotent: re-running updates the subscription. Needs the Azure CLI, logged in; azd supplies the variables.
set -eu

: "${AZURE_RESOURCE_GROUP:?run through azd, or export AZURE_RESOURCE_GROUP}"
: "${AZURE_FUNCTION_APP_NAME:?run through azd, or export AZURE_FUNCTION_APP_NAME}"
: "${AZURE_STORAGE_ACCOUNT_NAME:?run through azd, or export AZURE_STORAGE_ACCOUNT_NAME}"
: "${AZURE_EVENTGRID_TOPIC_NAME:?run through azd, or export AZURE_EVENTGRID_TOPIC_NAME}"
: "${AZURE_EVENTGRID_DEADLETTER_CONTAINER:?run through azd, or export AZURE_EVENTGRID_DEADLETTER_CONTAINER}"

topic="$AZURE_EVENTGRID_TOPIC_NAME"
storage_id=$(az storage account show -g "$AZURE_RESOURCE_GROUP" -n "$AZURE_STORAGE_ACCOUNT_NAME" --query id -o tsv)
host=$(az functionapp show -g "$AZURE_RESOURCE_GROUP" -n "$AZURE_FUNCTION_APP_NAME" --query defaultHostName -o tsv)

key=""
for attempt in 1 2 3 4 5 6; do
  key=$(az functionapp keys list -g "$AZURE_RESOURCE_GROUP" -n "$AZURE_FUNCTION_APP_NAME" --query "systemKeys.blobs_extension" -o tsv 2>/dev/null || true)
  [ -n "$key" ] && break
  echo "Waiting for the Functions host to create its blobs_extension key (attempt $attempt)..."
  sleep 10
done
[ -n "$key" ] || { echo "The app has no blobs_extension key: is the IngestNotice function deployed and the host running?" >&2; exit 1; }

az eventgrid system-topic event-subscription create -g "$AZURE_RESOURCE_GROUP" --system-topic-name "$topic" \
  -n notices-ingest \
  --endpoint-type webhook \
  --endpoint "https://${host}/runtime/webhooks/blobs?functionName=Host.Functions.IngestNotice&code=${key}" \
  --included-event-types Microsoft.Storage.BlobCreated \
  --subject-begins-with /blobServices/default/containers/notices/ \
  --max-delivery-attempts 30 \
  --event-ttl 1440 \
  --deadletter-identity systemassigned \
  --deadletter-identity-endpoint "${storage_id}/blobServices/default/containers/${AZURE_EVENTGRID_DEADLETTER_CONTAINER}" >/dev/null
# An event that still fails after 30 tries or a day lands in the dead-letter container; the recovery sweep
# also ingests any blob in notices/ that has no notice row, so a lost event delays a notice but never drops it.

echo "Blob Created events for 'notices' now trigger IngestNotice on ${host}."
