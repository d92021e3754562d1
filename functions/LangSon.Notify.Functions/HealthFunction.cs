using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace LangSon.Notify.Functions;

internal sealed class HealthFunction(TimeProvider time)
{
    /// <summary>Liveness for probes and availability tests: answers without touching storage or providers.</summary>
    [Function("Health")]
    public IActionResult Health([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request) =>
        new OkObjectResult(new { status = "ok", time = time.GetUtcNow() });
}
