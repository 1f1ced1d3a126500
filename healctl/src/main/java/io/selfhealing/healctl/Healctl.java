package io.selfhealing.healctl;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code healctl}: the operators' command line over the coordinator's API. */
@Command(name = "healctl", mixinStandardHelpOptions = true, version = "healctl 0.1.0",
        description = "Operate the self-healing platform: status, incidents, decisions, maintenance, report, diagnose.",
        subcommands = {Commands.Status.class, Commands.Check.class, Commands.Switch.class, Commands.Incidents.class,
                Commands.Show.class, Commands.Approve.class, Commands.Reject.class, Commands.Rollback.class,
                Commands.Ack.class, Maintenance.class, Commands.Report.class, Diagnose.class})
public class Healctl implements Callable<Integer> {

    @Option(names = "--url", defaultValue = "${env:HEALCTL_URL:-http://localhost:8080}",
            description = "coordinator URL (env HEALCTL_URL; default ${DEFAULT-VALUE})")
    String url;

    @Option(names = "--token", defaultValue = "${env:HEALCTL_TOKEN}",
            description = "bearer token (env HEALCTL_TOKEN)")
    String token;

    @Option(names = "--user", defaultValue = "${env:HEALCTL_USER}",
            description = "user:password for HTTP basic, local run only (env HEALCTL_USER)")
    String user;

    @Option(names = "--notifier-url", defaultValue = "${env:HEALCTL_NOTIFIER_URL:-http://localhost:8086}",
            description = "notifier URL, for ack (env HEALCTL_NOTIFIER_URL; default ${DEFAULT-VALUE})")
    String notifierUrl;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Api api() {
        return new Api(url, token, user);
    }

    Api notifier() {
        return new Api(notifierUrl, token, user);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(out());
        return 0;
    }

    /** The command line with API failures printed as one line and exit code 1. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Healctl());
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof Api.Failure) {
                command.getErr().println("healctl: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cli;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
