using System.CommandLine;
using LangSon.Notify.Cli;
using LangSon.Notify.Cli.Commands;

var root = new RootCommand("notify: read Lạng Sơn notices and dispatch them to every recipient agency.")
{
    InspectCommand.Create(CliServices.Reader, CliServices.Parser),
    EvaluateCommand.Create(CliServices.Reader, CliServices.Parser),
    EdXmlCommand.Create(CliServices.Reader, CliServices.Parser),
    DirectoryCommand.Create(),
    DispatchRunCommand.Create(),
    SeedDirectoryCommand.Create(),
    PortalAccountsCommand.Create(),
    StatusCommand.Create(),
};
return root.Parse(args).Invoke();
