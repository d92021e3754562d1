using LangSon.Notify.Core;
using LangSon.Notify.SelfHost.Hosting;
using LangSon.Notify.SelfHost.Status;
using LangSon.Notify.TestHost.StandIns;

var builder = WebApplication.CreateBuilder(args);
builder.AddNotifyCore();
builder.AddNotifySelfHost();
builder.Services.AddStandIns(builder.Configuration);

var app = builder.Build();
app.MapNotifyStatusApi();
app.MapGet("/standins", (StandInReport report) => Results.Ok(report));
app.Run();
