#include "cliarguments.h"

#include "authoptions.h"
#include "hardening/boundedread.h"
#include "hardening/processhardening.h"
#include "invoke/callcheck.h"
#include "options.h"
#include "profile/secretstore.h"

#include "json/parser.h"
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace zd::cli {

namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(zato_invoke)
};

struct Options : ConnectionOptions
{
    QCommandLineOption id{QStringLiteral("id"), Cli::tr("Service id instead of its name (any)."),
                          QStringLiteral("N")};
    QCommandLineOption password{QStringLiteral("password"), QString(), QStringLiteral("PASSWORD")};
    QCommandLineOption async{QStringLiteral("async"), Cli::tr("Invoke asynchronously (any, api).")};
    QCommandLineOption method{QStringLiteral("method"),
                              Cli::tr("HTTP method of a channel call (json, api; default POST)."),
                              QStringLiteral("METHOD")};
    QCommandLineOption rawPayload{QStringLiteral("raw-payload"),
                                  Cli::tr("Send the payload text as it is instead of as JSON.")};
    QCommandLineOption header{QStringLiteral("header"), Cli::tr("Extra HTTP header; may be repeated."),
                              QStringLiteral("Name: value")};
    QCommandLineOption wire{QStringLiteral("wire"),
                            Cli::tr("Dispatcher generation: g2 (Zato 3.2, default) or g1 (Zato 2.0 to 3.1)."),
                            QStringLiteral("g1|g2")};
    QCommandLineOption format{QStringLiteral("format"), Cli::tr("Output: text (default) or json."),
                              QStringLiteral("json|text")};
    QCommandLineOption payload{QStringLiteral("payload"),
                               Cli::tr("Request payload as JSON text (default \"\")."),
                               QStringLiteral("JSON")};
    QCommandLineOption payloadFile{QStringLiteral("payload-file"), Cli::tr("Read the payload from FILE."),
                                   QStringLiteral("FILE")};
    QCommandLineOption repeat{QStringLiteral("repeat"), Cli::tr("Load mode: send the call N times."),
                              QStringLiteral("N")};
    QCommandLineOption duration{QStringLiteral("duration"), Cli::tr("Load mode: keep sending for SECONDS."),
                                QStringLiteral("SECONDS")};
    QCommandLineOption concurrency{
        QStringLiteral("concurrency"),
        Cli::tr("Load mode: calls at once, each on its own connection (default 1)."), QStringLiteral("C")};
    QCommandLineOption maxBody{QStringLiteral("max-body"),
                               Cli::tr("Stop the call when the response body is larger than BYTES (a number, "
                                       "or with K, M or G; default 512M)."),
                               QStringLiteral("BYTES")};
    QCommandLineOption bodyFile{QStringLiteral("body-file"),
                                Cli::tr("Write the response body to FILE as it arrives, whatever its size, "
                                        "instead of reading it."),
                                QStringLiteral("FILE")};
    QCommandLineOption profile{QStringLiteral("profile"),
                               Cli::tr("Take the connection from the saved profile NAME; flags override it."),
                               QStringLiteral("NAME")};
    QCommandLineOption query{QStringLiteral("query"),
                             Cli::tr("Add a query parameter to the channel path; may be repeated."),
                             QStringLiteral("name=value")};
    QCommandLineOption pathParam{QStringLiteral("path-param"),
                                 Cli::tr("Fill the {name} placeholder of the channel path; may be repeated."),
                                 QStringLiteral("name=value")};
    AuthOptions authOptions;

    Options() { password.setFlags(QCommandLineOption::HiddenFromHelp); }
};

QString helpText(const QCommandLineParser &parser)
{
    return parser.helpText() + u'\n' +
           Cli::tr(
               "Exit codes: 0 ok, 1 the call completed but is not ok, 2 usage or bad input (nothing sent),\n"
               "3 transport, protocol or timeout error.\n"
               "\n"
               "Other commands: zato-invoke profiles|matrix|probe|token --help.\n"
               "zato-invoke token prints an OAuth2 token's type, scopes, expiry and JWT claims, never the "
               "token.\n");
}

// "1000", "64K", "512M", "2G": a number of bytes.
std::optional<qint64> byteCount(QString text)
{
    text = text.trimmed().toUpper();
    qint64 unit = 1;
    if (text.endsWith(u'K') || text.endsWith(u'M') || text.endsWith(u'G')) {
        unit = text.endsWith(u'K') ? 1024 : text.endsWith(u'M') ? 1024 * 1024 : 1024LL * 1024 * 1024;
        text.chop(1);
    }
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number < 0 || number > std::numeric_limits<qint64>::max() / unit)
        return std::nullopt;
    return number * unit;
}

// Everything after the parse: each check names the option at fault. Returns an error or "".
QString fill(const QCommandLineParser &parser, const Options &o, CliArguments &args,
             const StdinReader &readStdin, const ProfileAccess &profiles)
{
    std::optional<Profile> profile;
    if (parser.isSet(o.profile)) {
        QString error;
        profile = profiles.find ? profiles.find(parser.value(o.profile), &error) : std::nullopt;
        if (!profile)
            return error.isEmpty()
                       ? Cli::tr("There is no profile named \"%1\": zato-invoke profiles list shows them.")
                             .arg(parser.value(o.profile))
                       : error;
    }
    if (!parser.positionalArguments().isEmpty())
        return Cli::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst());
    if (parser.isSet(o.password))
        return Cli::tr(
            "--password is not accepted: a password on the command line is visible to other users. "
            "Use --password-env VAR or --password-stdin.");

    const QString client = parser.isSet(o.client) ? parser.value(o.client)
                           : profile              ? clientKey(profile->client)
                                                  : QStringLiteral("any");
    QString clientError;
    const std::optional<ClientKind> kind = clientOption(client, &clientError);
    if (!kind)
        return clientError;
    args.client = *kind;

    CallSpec &spec = args.spec;
    if (profile) {
        spec.tls = profile->tls;
        spec.proxy = profile->proxy;
        spec.timeout = std::chrono::seconds(profile->timeoutSeconds);
    }
    if (!parser.isSet(o.address) && !profile)
        return Cli::tr(
            "--address is missing: give the server address, e.g. --address http://localhost:17010.");
    spec.address = parser.isSet(o.address) ? parser.value(o.address) : profile->address;
    const QString profilePath = profile ? clientPath(*profile, args.client) : QString();
    if (!parser.isSet(o.path) && profilePath.isEmpty() && args.client != ClientKind::Api)
        return Cli::tr(
            "--path is missing: give the channel path, e.g. --path /clients/django/any-service-invoker.");
    spec.path = parser.isSet(o.path) ? parser.value(o.path) : profilePath;

    const bool hasService = parser.isSet(o.service);
    const bool hasId = parser.isSet(o.id);
    if (hasService && hasId)
        return Cli::tr("--service and --id cannot be used together: give one of them.");
    if (args.client == ClientKind::Json && (hasService || hasId))
        return Cli::tr("--service and --id do not apply to --client json: the channel decides the service.");
    if (args.client == ClientKind::Api && hasId)
        return Cli::tr("--id does not apply to --client api: it calls services by name.");
    if (hasId) {
        bool ok = false;
        spec.serviceId = parser.value(o.id).toLongLong(&ok);
        if (!ok)
            return Cli::tr("--id \"%1\" is not an integer.").arg(parser.value(o.id));
    } else if (args.client != ClientKind::Json) {
        spec.service = hasService ? parser.value(o.service)
                       : profile  ? profile->anyService
                                  : QStringLiteral("customer.get1");
        if (spec.service.isEmpty())
            return Cli::tr("--service is empty: give a service name.");
    }

    if (const QString error = credentials(parser, o, o.authOptions, args, readStdin, profile, profiles);
        !error.isEmpty())
        return error;
    if (profile && profiles.secret && spec.proxy.mode == ProxySettings::Mode::Manual &&
        !spec.proxy.user.isEmpty()) {
        QString error;
        spec.proxy.password = profiles.secret(proxyPasswordKey(profile->id), &error).value_or(QString());
    }
    for (const auto &[option, target] :
         {std::pair{&o.query, &spec.query}, std::pair{&o.pathParam, &spec.pathParams}}) {
        QString error;
        const std::optional<QList<NamedValue>> pairs =
            namedValues(parser.values(*option), u"--" + option->names().constFirst(), &error);
        if (!pairs)
            return error;
        *target = *pairs;
    }

    QString error;
    spec.async = parser.isSet(o.async);
    if (spec.async && args.client == ClientKind::Json)
        return Cli::tr("--async does not apply to --client json.");

    if (parser.isSet(o.method)) {
        spec.method = parser.value(o.method).trimmed().toUpper().toLatin1();
        static const QRegularExpression token(QStringLiteral("^[A-Z]+$"));
        if (!token.match(QString::fromLatin1(spec.method)).hasMatch())
            return Cli::tr("--method \"%1\" is not an HTTP method such as GET or POST.")
                .arg(parser.value(o.method));
        if (args.client == ClientKind::AnyService && spec.method != "POST")
            return Cli::tr("--method does not apply to --client any: the dispatcher takes POST only.");
    }

    spec.bodyFile = parser.value(o.bodyFile);

    const QString wire = parser.value(o.wire);
    if (wire == u"g1")
        spec.wire = Wire::G1;
    else if (!wire.isEmpty() && wire != u"g2")
        return Cli::tr("Unknown --wire \"%1\": use g1 or g2.").arg(wire);

    for (const QString &header : parser.values(o.header)) {
        const qsizetype colon = header.indexOf(u':');
        if (colon <= 0)
            return Cli::tr("--header \"%1\" is not of the form 'Name: value'.").arg(header);
        spec.extraHeaders.append(
            {header.left(colon).trimmed().toLatin1(), header.mid(colon + 1).trimmed().toUtf8()});
    }

    if (parser.isSet(o.timeout)) {
        const std::optional<std::chrono::milliseconds> timeout =
            timeoutOption(parser.value(o.timeout), &error);
        if (!timeout)
            return error;
        spec.timeout = *timeout;
    }

    if (parser.isSet(o.maxBody)) {
        const std::optional<qint64> bytes = byteCount(parser.value(o.maxBody));
        if (!bytes || *bytes < 1)
            return Cli::tr("--max-body \"%1\" is not a number of bytes, such as 1000000 or 64M.")
                .arg(parser.value(o.maxBody));
        spec.maxBodyBytes = *bytes;
    }

    if (parser.isSet(o.repeat) || parser.isSet(o.duration)) {
        args.load = true;
        bool ok = true;
        if (parser.isSet(o.repeat)) {
            args.repeat = parser.value(o.repeat).toLongLong(&ok);
            if (!ok || args.repeat < 1 || args.repeat > 100000000)
                return Cli::tr("--repeat \"%1\" is not a number of calls from 1 to 100000000.")
                    .arg(parser.value(o.repeat));
        }
        if (parser.isSet(o.duration)) {
            const double seconds = parser.value(o.duration).toDouble(&ok);
            if (!ok || seconds <= 0 || seconds > 86400)
                return Cli::tr("--duration \"%1\" is not a number of seconds up to 86400.")
                    .arg(parser.value(o.duration));
            args.duration = std::chrono::milliseconds(qint64(seconds * 1000));
        }
    }
    if (parser.isSet(o.concurrency)) {
        bool ok = false;
        args.concurrency = parser.value(o.concurrency).toInt(&ok);
        if (!ok || args.concurrency < 1 || args.concurrency > 256)
            return Cli::tr("--concurrency \"%1\" is not a number from 1 to 256.")
                .arg(parser.value(o.concurrency));
        if (!args.load)
            return Cli::tr("--concurrency applies to load mode: give --repeat N or --duration SECONDS too.");
    }

    if (parser.isSet(o.payload) && parser.isSet(o.payloadFile))
        return Cli::tr("--payload and --payload-file cannot be used together.");
    QByteArray payloadText;
    bool hasPayload = false;
    if (parser.isSet(o.payload)) {
        payloadText = parser.value(o.payload).toUtf8();
        hasPayload = true;
    } else if (parser.isSet(o.payloadFile)) {
        // A regular file, or a FIFO (/dev/stdin from a pipe) up to the limit; never a device.
        const QString fileName = parser.value(o.payloadFile);
        BoundedRead file = readFileBounded(fileName, MaxPayloadFileBytes, Fifo::Accepted);
        if (!file.ok())
            return Cli::tr("--payload-file: cannot read %1: %2.").arg(fileName, file.error);
        payloadText = std::move(file.bytes);
        hasPayload = true;
    }
    if (parser.isSet(o.rawPayload)) {
        spec.payload = Payload::fromRaw(payloadText);
    } else if (hasPayload) {
        const json::ParseResult parsed = json::parse(payloadText);
        if (!parsed.ok)
            return Cli::tr("The payload is not valid JSON: %1. Use --raw-payload to send text as it is.")
                .arg(parsed.error);
        spec.payload = Payload::fromJson(parsed.value);
    }
    return QString();
}

} // namespace

std::optional<QString> passwordFromFlags(const QString &env, bool fromStdin, const StdinReader &readStdin,
                                         QString *error)
{
    if (!env.isEmpty()) {
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!environment.contains(env)) {
            *error = Cli::tr("--password-env: the environment variable %1 is not set.").arg(env);
            return std::nullopt;
        }
        return environment.value(env);
    }
    if (fromStdin) {
        StdinText in = readStdin();
        if (!in.error.isEmpty()) {
            *error = Cli::tr("--password-stdin: cannot read standard input: %1.").arg(in.error);
            return std::nullopt;
        }
        QByteArrayView text(in.bytes);
        if (text.endsWith('\n'))
            text.chop(1);
        if (text.endsWith('\r'))
            text.chop(1);
        QString password = QString::fromUtf8(text);
        wipe(in.bytes);
        return password;
    }
    return std::nullopt;
}

ParseOutcome parseArguments(const QStringList &arguments, const StdinReader &readStdin,
                            const ProfileAccess &profiles)
{
    ParseOutcome outcome;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Calls a Zato service the way Zato's Python clients do and prints the result."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const Options o;
    parser.addOptions({o.address,     o.path,          o.client,      o.service, o.id,          o.user,
                       o.passwordEnv, o.passwordStdin, o.password,    o.async,   o.rawPayload,  o.header,
                       o.timeout,     o.wire,          o.format,      o.payload, o.payloadFile, o.profile,
                       o.repeat,      o.duration,      o.concurrency, o.maxBody, o.method,      o.bodyFile,
                       o.query,       o.pathParam});
    parser.addOptions(o.authOptions.all());

    const bool parsed = parser.parse(arguments);
    const QString format = parser.value(o.format);
    if (format == u"json")
        outcome.format = OutputFormat::Json;
    if (!parsed) {
        outcome.text = parser.errorText();
        return outcome;
    }
    if (parser.isSet(help)) {
        outcome.action = ParseOutcome::Action::ShowHelp;
        outcome.text = helpText(parser);
        return outcome;
    }
    if (parser.isSet(version)) {
        outcome.action = ParseOutcome::Action::ShowVersion;
        outcome.text =
            QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n';
        return outcome;
    }
    if (!format.isEmpty() && format != u"json" && format != u"text") {
        outcome.text = Cli::tr("Unknown --format \"%1\": use json or text.").arg(format);
        return outcome;
    }
    outcome.text = fill(parser, o, outcome.arguments, readStdin, profiles);
    if (outcome.text.isEmpty())
        outcome.action = ParseOutcome::Action::Run;
    outcome.arguments.format = outcome.format;
    return outcome;
}

} // namespace zd::cli
