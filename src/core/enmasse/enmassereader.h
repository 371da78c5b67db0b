#pragma once

// Reading Zato enmasse files (zato-platform.md §3): YAML documents, includes, the layout, the
// ${NAME} and Zato_Enmasse_Env.NAME references, and the place every message names. The demo server
// builds its configuration from what this reads; the access test its credentials and channels.
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <yaml-cpp/yaml.h>

namespace zd::enmasse {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Enmasse)
};

// Thrown inside a reader of the file and turned into an error message at the top.
struct Failure
{
    QString message;
};

enum class Layout { Unknown, Zato41, Zato32 };

// One list item of a section, with where it came from.
struct Item
{
    YAML::Node node;
    QString file;
    QString section; // as the file spells it: channel_rest, channel_plain_http, def_sec ...
    int index = 0;   // within that section of that file, from 0

    [[nodiscard]] QString name() const;
    // "file:line: section[i] "name"", the line of `at` when given, else of the item.
    [[nodiscard]] QString where(const YAML::Node &at = YAML::Node()) const;
    // A member of the item, if the item is a map that has it.
    [[nodiscard]] std::optional<YAML::Node> field(const char *key) const;
};

class Reader
{
public:
    // env: values looked up before the process environment (an env file); useProcessEnvironment off:
    // only those (tests, to be independent of the caller's shell).
    Reader(QHash<QString, QString> env, bool useProcessEnvironment)
        : m_env(std::move(env)), m_useProcessEnvironment(useProcessEnvironment)
    {}

    // Reads a file and everything it includes; throws Failure.
    void read(const QString &fileName);

    QList<Item> security;
    QList<Item> groups;
    QList<Item> channels;
    QList<Item> openApi; // channel_openapi (4.1): REST channels served as one OpenAPI document
    QStringList warnings;
    [[nodiscard]] Layout layout() const { return m_layout; }

    // A scalar member as text, with ${NAME} and Zato_Enmasse_Env.NAME read from the environment;
    // nullopt when absent or null. Throws Failure when it is not a single value or a variable is unset.
    [[nodiscard]] std::optional<QString> text(const Item &item, const char *key) const;
    [[nodiscard]] std::optional<bool> boolean(const Item &item, const char *key) const;
    // A list of scalars (a single scalar counts as a list of one).
    [[nodiscard]] std::optional<QStringList> list(const Item &item, const char *key) const;
    [[nodiscard]] QString resolve(const Item &item, const YAML::Node &node, const char *key) const;

private:
    void readOne(const QString &path, QStringList chain);
    void noteLayout(Layout layout, const QString &file, const YAML::Node &at, const QString &key);

    QHash<QString, QString> m_env;
    bool m_useProcessEnvironment = true;
    QStringList m_done; // canonical paths already read
    Layout m_layout = Layout::Unknown;
    QString m_layoutWhere; // "file:line (key)" that decided the layout
};

// A file of NAME=value lines (# comments, blank lines and [section] lines skipped), as --env-file.
struct EnvFile
{
    std::optional<QHash<QString, QString>> values;
    QString error;
};
[[nodiscard]] EnvFile readEnvFile(const QString &fileName);

} // namespace zd::enmasse
