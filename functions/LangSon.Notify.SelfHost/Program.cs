using LangSon.Notify.Core;
using LangSon.Notify.Portal;
using LangSon.Notify.SelfHost.Hosting;
using LangSon.Notify.SelfHost.Receipts;
using LangSon.Notify.SelfHost.Status;

var builder = WebApplication.CreateBuilder(args);
builder.AddNotifyCore();
builder.AddNotifySelfHost();
builder.AddNotifyPortal();
builder.AddNotifyReceiptEndpoints();

var app = builder.Build();
app.MapNotifyPortal();
app.MapNotifyStatusApi();
app.MapReceiptEndpoints();
app.Run();
