using LangSon.Notify.Core;
using LangSon.Notify.Portal;
using LangSon.Notify.Portal.Hosting;

// The portal alone (App Service): the pipeline's libraries for reading and sending, its own copy of the directory.
var builder = WebApplication.CreateBuilder(args);
builder.AddNotifyCore();
builder.AddPortalDirectoryCopy();
builder.AddNotifyPortal();

var app = builder.Build();
app.MapNotifyPortal();
app.MapHealthChecks("/health").AllowAnonymous();
app.Run();
