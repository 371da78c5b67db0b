#pragma once

#include "calltypes.h"

#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <optional>

namespace zd {

// The TLS configuration of a call: the system trust store, plus the extra CA file, the client
// certificate and key (PEM, or PKCS#12 without a passphrase), or no verification at all when the
// user switched it off. Returns nullopt and a message when a file cannot be used.
[[nodiscard]] std::optional<QSslConfiguration> sslConfiguration(const TlsSettings &tls, QString *error);

// The client certificate of tls (PEM with its key, or PKCS#12 without a passphrase), its key checked
// as for a TLS call; nullopt and a message when there is none or it cannot be used.
[[nodiscard]] std::optional<QSslCertificate> clientCertificate(const TlsSettings &tls, QString *error);

// The headers a Zato server's TLS front end sets for a client certificate it has verified
// (zato-platform.md §1.2, mtls): X-Zato-SSL-Client-Verify: SUCCESS, -SHA256 (the certificate's SHA-256
// fingerprint in upper-case hex) and -Subject-DN (OpenSSL's one-line form, "/CN=…/O=…").
[[nodiscard]] std::optional<HttpHeaders> frontEndCertificateHeaders(const TlsSettings &tls, QString *error);

// The proxy of a call: the system's, none, or the manual one with its credentials. With the system's
// setting, calls to the loopback interface never go through a proxy (as curl and browsers do).
[[nodiscard]] QNetworkProxy networkProxy(const ProxySettings &proxy, const QUrl &url = QUrl());

// "subject CN=..., issuer CN=..., expires ..." for each certificate error, for the user.
[[nodiscard]] QString describeSslErrors(const QList<QSslError> &errors);

} // namespace zd
