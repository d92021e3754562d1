using LangSon.Notify.Core;
using LangSon.Notify.Functions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.AddNotifyFunctions();
builder.AddNotifyCore();
builder.Build().Run();
