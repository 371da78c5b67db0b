#pragma once

#include "enmasseaccess.h"

#include "json/value.h"

namespace zd::access {

// What a Zato 4.1 server's admin services list (zato-platform.md §2.5), each answer as it came.
struct AdminLists
{
    json::Value channels;     // zato.http-soap.get-list
    json::Value security;     // zato.security.get-list
    json::Value apiKeys;      // zato.security.apikey.get-list
    json::Value bearerTokens; // zato.security.oauth.get-list
    json::Value groups;       // zato.groups.get-list
};

// One admin service to ask, with its request.
struct AdminQuery
{
    QString service;
    json::Value request;
    json::Value AdminLists::*answer;
};

// The five services discovery asks, in the order it asks them.
[[nodiscard]] QList<AdminQuery> adminQueries();

// The server's definitions, groups and REST channels as an access test, the server's own objects (its
// admin.invoke, zato.* and pub.zato.* items) left out as an enmasse export leaves them. The server never
// gives a secret: secrets holds those the user gives, by definition name; a definition without one gets
// its wrong-secret row only. A secret for a definition the server does not have is an error.
[[nodiscard]] AccessTestRead accessFromAdminLists(const AdminLists &lists,
                                                  const QHash<QString, QString> &secrets);

// Whether a definition or channel of this name is one a server makes for itself.
[[nodiscard]] bool isServersOwn(const QString &name);

} // namespace zd::access
