#include "transporterror.h"

#include <QCoreApplication>

namespace zd {

namespace {

struct TransportErrors
{
    Q_DECLARE_TR_FUNCTIONS(TransportErrors)
};

QString hostPort(const QUrl &url)
{
    const int port = url.port(url.scheme() == u"https" ? 443 : 80);
    return url.host() + u':' + QString::number(port);
}

} // namespace

bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    // Content errors (403, 404, 405, 409, 410, other 4xx), 400 (an invalid operation to Qt) and
    // server errors (5xx).
    return (code >= 201 && code <= 299) || error == QNetworkReply::ProtocolInvalidOperationError ||
           (code >= 401 && code <= 499);
}

CallError transportError(QNetworkReply::NetworkError error, const QString &qtMessage, const QUrl &url)
{
    using E = QNetworkReply::NetworkError;
    CallError result{ErrorKind::Transport, TransportFailure::Other, QString()};
    switch (error) {
    case E::ConnectionRefusedError:
        result.transport = TransportFailure::ConnectionRefused;
        result.message =
            TransportErrors::tr("Connection refused by %1: no server is listening there. Check the "
                                "address and port, and that the server is running.")
                .arg(hostPort(url));
        break;
    case E::HostNotFoundError:
        result.transport = TransportFailure::HostNotFound;
        result.message = TransportErrors::tr("The host name \"%1\" could not be resolved. Check the server "
                                             "address.")
                             .arg(url.host());
        break;
    case E::SslHandshakeFailedError:
        result.transport = TransportFailure::Tls;
        result.message =
            TransportErrors::tr("The TLS handshake with %1 failed: %2. Check the certificate, or "
                                "use http:// if the server does not speak TLS.")
                .arg(hostPort(url), qtMessage);
        break;
    case E::RemoteHostClosedError:
    case E::ContentReSendError: // the connection closed and Qt would have sent the request again
        result.transport = TransportFailure::ConnectionClosed;
        result.message =
            TransportErrors::tr("%1 closed the connection before the response was complete. The request "
                                "was sent once and not sent again: the service may have run, so check on "
                                "the server before you call again.")
                .arg(hostPort(url));
        break;
    case E::TimeoutError:
        result.kind = ErrorKind::Timeout;
        result.message = TransportErrors::tr("The connection to %1 timed out.").arg(hostPort(url));
        break;
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyNotFoundError:
    case E::ProxyTimeoutError:
    case E::ProxyAuthenticationRequiredError:
        result.transport = TransportFailure::Proxy;
        result.message = TransportErrors::tr("The proxy failed: %1").arg(qtMessage);
        break;
    case E::ProtocolFailure:
    case E::ProtocolUnknownError:
    case E::ProtocolInvalidOperationError:
        result.transport = TransportFailure::MalformedHttp;
        result.message = TransportErrors::tr("%1 sent a response that is not valid HTTP: %2")
                             .arg(hostPort(url), qtMessage);
        break;
    case E::UnknownContentError: // below 400: the body could not be read (it does not decompress)
        result.transport = TransportFailure::MalformedHttp;
        result.message = TransportErrors::tr("%1 sent a response whose body cannot be read: %2")
                             .arg(hostPort(url), qtMessage);
        break;
    default:
        result.message = TransportErrors::tr("The call to %1 failed: %2").arg(hostPort(url), qtMessage);
        break;
    }
    return result;
}

} // namespace zd
