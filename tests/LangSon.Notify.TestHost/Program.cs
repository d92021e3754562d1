using LangSon.Notify.Core;
using LangSon.Notify.Portal;
using LangSon.Notify.SelfHost.Hosting;
using LangSon.Notify.SelfHost.Receipts;
using LangSon.Notify.SelfHost.Status;
using LangSon.Notify.TestHost.StandIns;

var builder = WebApplication.CreateBuilder(args);
builder.AddNotifyCore();
builder.AddNotifySelfHost();
builder.AddNotifyReceiptEndpoints();
builder.Services.AddStandIns(builder.Configuration);
builder.AddNotifyPortal();

var app = builder.Build();
app.MapNotifyPortal();
app.MapNotifyStatusApi();
app.MapReceiptEndpoints();
app.MapGet("/standins", (StandInReport report) => Results.Ok(report)).AllowAnonymous();

// For the load harness: live objects after a full collection, which resident memory (garbage not yet returned) hides.
app.MapGet("/standins/live-heap", () => Results.Ok(GC.GetTotalMemory(forceFullCollection: true))).AllowAnonymous();
app.Run();
