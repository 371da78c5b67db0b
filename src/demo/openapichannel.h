#pragma once

// OpenAPI channels in a Zato 4.1 server (zato-platform.md §4): GET /openapi/{name} answers the OpenAPI
// 3.1.0 document of the REST channels an OpenAPI channel includes, as YAML, to the Basic Auth
// credentials of one of those channels.
#include "democonfig.h"
#include "errorbodies.h"
#include "httpmessage.h"

#include <QStringView>

namespace zd::demo {

// The built-in channel at /openapi/{name}, and the service it names (Zato's OpenAPIHandler).
inline constexpr QStringView openApiService = u"zato.channel.openapi.get";

// An OpenAPI channel's name as its address: lower case, each run of characters other than ASCII
// letters and digits one "-", none at either end ("Customers API" -> "customers-api").
[[nodiscard]] QString openApiSlug(const QString &name);

// The OpenAPI channel's REST channels that are in its document: the included ones that are active.
[[nodiscard]] QList<const Channel *> openApiChannels(const DemoConfig &config, const OpenApiChannel &openApi);

// The document: openapi 3.1.0, info.title the OpenAPI channel's name; a path per REST channel (its
// url_path, its method lower-cased or post) with operationId the channel's name, a path parameter per
// {placeholder}, the request body and the 200 response from the service's models (servicemodels.h),
// and the channel's own security definition; components.schemas the models, components.securitySchemes
// each definition typed http/basic, whatever its type.
[[nodiscard]] QByteArray openApiDocument(const DemoConfig &config, const OpenApiChannel &openApi);

// GET /openapi/{name}: 200 with the document (application/x-yaml) to the user and password of a Basic
// Auth definition that is the own definition of one of the document's REST channels; 403 otherwise
// (an unknown name; no, wrong or other credentials). Another method: 405 with "Allow: GET".
[[nodiscard]] DemoResponse answerOpenApi(const DemoConfig &config, const DemoRequest &request,
                                         const ErrorBodies &errors);

} // namespace zd::demo
