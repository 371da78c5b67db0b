// HistoryEntry::storedResult() and reopened(): a kept call read back into the form and the result the
// panels show.
#include "historystore.h"
#include "invoke/responsereader.h"

namespace zd {

namespace {

// "Name: value" lines after a first line; the first line is returned.
QByteArray readHead(const QByteArray &head, HttpHeaders &headers)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            headers.append({lines.at(i).left(colon), lines.at(i).mid(colon + 1).trimmed()});
    }
    return lines.value(0);
}

} // namespace

InvokeResult HistoryEntry::storedResult() const
{
    HttpResponseData response;
    const QList<QByteArray> status = readHead(responseHead, response.headers).split(' ');
    response.status = status.value(1).toInt();
    response.reason = status.mid(2).join(' ');
    response.body = responseBody;
    response.complete = response.status > 0;

    InvokeResult result;
    if (response.status > 0) {
        result = readResponse(form.client, response);
    } else {
        result.client = form.client;
        result.response = response;
        result.error = CallError{outcome == u"timeout" ? ErrorKind::Timeout : ErrorKind::Transport,
                                 TransportFailure::Other, outcome};
    }
    HttpRequestData request;
    const QList<QByteArray> line = readHead(requestHead, request.headers).split(' ');
    request.method = line.value(0);
    request.url = QUrl(QString::fromUtf8(line.value(1)));
    request.body = requestBody;
    request.hasBody = !requestBody.isEmpty();
    result.request = request;
    result.elapsedMs = elapsedMs;
    result.serverTimeMs = serverMs;
    return result;
}

LookupForm HistoryEntry::reopened(const LookupForm &current) const
{
    LookupForm opened = form;
    opened.password = current.password;
    opened.apiUser = current.apiUser; // the history keeps no API credential: the current one serves
    opened.apiPassword = current.apiPassword;
    opened.apiKey = current.apiKey; // nor an API key or token
    opened.token = current.token;
    opened.tls = current.tls;
    opened.proxy = current.proxy;
    return opened;
}

} // namespace zd
