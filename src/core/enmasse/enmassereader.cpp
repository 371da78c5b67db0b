#include "enmassereader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace zd::enmasse {

namespace {

// Top-level keys only one layout has (zato-platform.md §3.1, §3.2).
constexpr const char *layout32Keys[] = {
    "def_sec",   "channel_plain_http", "security_groups",  "outconn_plain_http",  "zato_generic_connection",
    "rbac_role", "rbac_permission",    "rbac_client_role", "rbac_role_permission"};
constexpr const char *layout41Keys[] = {"groups", "quota_tier", "channel_openapi", "mcp_gateway"};

enum class Section { None, Security, Groups, Channels, OpenApi };

Section sectionOf(const std::string &key)
{
    if (key == "security" || key == "def_sec")
        return Section::Security;
    if (key == "groups" || key == "security_groups")
        return Section::Groups;
    if (key == "channel_rest" || key == "channel_plain_http")
        return Section::Channels;
    if (key == "channel_openapi")
        return Section::OpenApi;
    return Section::None;
}

bool isOneOf(const std::string &key, const auto &keys)
{
    return std::any_of(std::begin(keys), std::end(keys), [&key](const char *k) { return key == k; });
}

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

QString at(const QString &file, const YAML::Node &node)
{
    return file + u':' + QString::number(node.Mark().line + 1);
}

} // namespace

QString Item::name() const
{
    const std::optional<YAML::Node> value = field("name");
    return value && value->IsScalar() ? qs(value->Scalar()) : QString();
}

QString Item::where(const YAML::Node &place) const
{
    const YAML::Node &node = place.IsDefined() && !place.IsNull() ? place : this->node;
    QString text = at(file, node) + u": " + section + u'[' + QString::number(index) + u']';
    if (const QString n = name(); !n.isEmpty())
        text += u" \"" + n + u'"';
    return text;
}

std::optional<YAML::Node> Item::field(const char *key) const
{
    if (!node.IsMap())
        return std::nullopt;
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (it->first.IsScalar() && it->first.Scalar() == key)
            return it->second;
    }
    return std::nullopt;
}

void Reader::read(const QString &fileName)
{
    readOne(fileName, {});
}

void Reader::noteLayout(Layout layout, const QString &file, const YAML::Node &node, const QString &key)
{
    const QString here = Text::tr("%1 (%2)").arg(at(file, node), key);
    if (m_layout == Layout::Unknown) {
        m_layout = layout;
        m_layoutWhere = here;
        return;
    }
    if (m_layout == layout)
        return;
    const QString first = m_layout == Layout::Zato41 ? QStringLiteral("4.1") : QStringLiteral("3.2");
    const QString second = layout == Layout::Zato41 ? QStringLiteral("4.1") : QStringLiteral("3.2");
    throw Failure{Text::tr("%1: \"%2\" belongs to the Zato %3 layout, but %4 is in the Zato %5 layout. "
                           "Write the files in one layout.")
                      .arg(at(file, node), key, second, m_layoutWhere, first)};
}

void Reader::readOne(const QString &path, QStringList chain)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty() || !info.isFile()) {
        throw Failure{Text::tr("Cannot read %1: no such file.").arg(path)};
    }
    if (m_done.contains(canonical))
        return; // included twice, not in a cycle: read once
    chain.append(canonical);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Failure{Text::tr("Cannot read %1: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.readAll();
    YAML::Node root;
    try {
        root = YAML::Load(bytes.toStdString());
    } catch (const YAML::ParserException &e) {
        throw Failure{Text::tr("%1:%2:%3: this is not valid YAML: %4. Correct the file at that place.")
                          .arg(path)
                          .arg(e.mark.line + 1)
                          .arg(e.mark.column + 1)
                          .arg(qs(e.msg))};
    }
    if (root.IsNull())
        return; // an empty file
    if (!root.IsMap())
        throw Failure{
            Text::tr("%1: an enmasse file is a map of sections (security, groups, channel_rest "
                     "...), not a %2. Put the objects under their section names.")
                .arg(at(path, root), root.IsSequence() ? Text::tr("list") : Text::tr("single value"))};

    QStringList skipped;
    QList<std::pair<QString, YAML::Node>> includes;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const std::string key = it->first.Scalar();
        const YAML::Node value = it->second;
        if (isOneOf(key, layout32Keys))
            noteLayout(Layout::Zato32, path, it->first, qs(key));
        else if (isOneOf(key, layout41Keys))
            noteLayout(Layout::Zato41, path, it->first, qs(key));

        if (key == "include") {
            if (value.IsScalar()) {
                includes.append({qs(value.Scalar()), value});
            } else if (value.IsSequence()) {
                for (const YAML::Node &entry : value) {
                    if (!entry.IsScalar())
                        throw Failure{Text::tr("%1: include: every entry is a file name. Write one file "
                                               "name per line.")
                                          .arg(at(path, entry))};
                    includes.append({qs(entry.Scalar()), entry});
                }
            } else if (!value.IsNull()) {
                throw Failure{Text::tr("%1: include: give a list of file names.").arg(at(path, it->first))};
            }
            continue;
        }
        const Section section = sectionOf(key);
        if (section == Section::None) {
            skipped << qs(key);
            continue;
        }
        if (value.IsNull())
            continue;
        if (!value.IsSequence())
            throw Failure{Text::tr("%1: %2: a section is a list of objects, each starting with \"- name:\". "
                                   "Write the section as a list.")
                              .arg(at(path, it->first), qs(key))};
        QList<Item> &items = section == Section::Security  ? security
                             : section == Section::Groups  ? groups
                             : section == Section::OpenApi ? openApi
                                                           : channels;
        int index = 0;
        for (const YAML::Node &entry : value) {
            Item item{entry, path, qs(key), index++};
            if (!entry.IsMap())
                throw Failure{Text::tr("%1: each entry is an object with a name and its fields. Write it as "
                                       "\"- name: ...\" followed by its fields.")
                                  .arg(item.where())};
            if (section == Section::Channels && (item.field("sec_def") || item.field("security_groups")))
                noteLayout(Layout::Zato32, path, entry,
                           item.field("sec_def") ? QStringLiteral("sec_def")
                                                 : QStringLiteral("security_groups"));
            items.append(item);
        }
    }
    if (!skipped.isEmpty())
        warnings << Text::tr("%1: only security, groups and REST channels are read; these sections were "
                             "skipped: %2.")
                        .arg(path, skipped.join(QStringLiteral(", ")));
    m_done.append(canonical);

    for (const auto &[name, node] : std::as_const(includes)) {
        const QString target = QFileInfo(name).isAbsolute() ? name : info.dir().filePath(name);
        const QString targetCanonical = QFileInfo(target).canonicalFilePath();
        if (targetCanonical.isEmpty())
            throw Failure{Text::tr("%1: include \"%2\": there is no such file (%3). Paths are relative to "
                                   "the file that includes them.")
                              .arg(at(path, node), name, target)};
        if (chain.contains(targetCanonical)) {
            QStringList cycle = chain.mid(chain.indexOf(targetCanonical));
            cycle.append(targetCanonical);
            throw Failure{Text::tr("%1: include \"%2\" makes a cycle: %3. Remove one of these includes.")
                              .arg(at(path, node), name, cycle.join(QStringLiteral(" -> ")))};
        }
        readOne(target, chain);
    }
}

QString Reader::resolve(const Item &item, const YAML::Node &node, const char *key) const
{
    const QString value = qs(node.Scalar());
    static const QRegularExpression braces(QStringLiteral("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}$"));
    static const QRegularExpression prefixed(QStringLiteral("^Zato_Enmasse_Env\\.([A-Za-z_][A-Za-z0-9_]*)$"));
    QRegularExpressionMatch match = braces.match(value);
    if (!match.hasMatch())
        match = prefixed.match(value);
    if (!match.hasMatch())
        return value;
    const QString variable = match.captured(1);
    if (const auto found = m_env.constFind(variable); found != m_env.cend())
        return *found;
    if (m_useProcessEnvironment && qEnvironmentVariableIsSet(qPrintable(variable)))
        return qEnvironmentVariable(qPrintable(variable));
    throw Failure{Text::tr("%1: %2 refers to the environment variable %3, which is not set. Set %3 in the "
                           "environment or in the file given with --env-file.")
                      .arg(item.where(node), QString::fromLatin1(key), variable)};
}

std::optional<QString> Reader::text(const Item &item, const char *key) const
{
    const std::optional<YAML::Node> node = item.field(key);
    if (!node || node->IsNull())
        return std::nullopt;
    if (!node->IsScalar())
        throw Failure{Text::tr("%1: %2 must be a single value, not a list or a map. Write one value.")
                          .arg(item.where(*node), QString::fromLatin1(key))};
    return resolve(item, *node, key);
}

std::optional<bool> Reader::boolean(const Item &item, const char *key) const
{
    const std::optional<QString> value = text(item, key);
    if (!value)
        return std::nullopt;
    const QString v = value->toLower();
    if (v == u"true" || v == u"yes" || v == u"on" || v == u"1")
        return true;
    if (v == u"false" || v == u"no" || v == u"off" || v == u"0")
        return false;
    throw Failure{Text::tr("%1: %2 must be true or false, not \"%3\".")
                      .arg(item.where(*item.field(key)), QString::fromLatin1(key), *value)};
}

std::optional<QStringList> Reader::list(const Item &item, const char *key) const
{
    const std::optional<YAML::Node> node = item.field(key);
    if (!node || node->IsNull())
        return std::nullopt;
    QStringList values;
    if (node->IsScalar())
        return QStringList{resolve(item, *node, key)};
    if (!node->IsSequence())
        throw Failure{Text::tr("%1: %2 must be a list of names. Write one \"- name\" per line.")
                          .arg(item.where(*node), QString::fromLatin1(key))};
    for (const YAML::Node &entry : *node) {
        if (!entry.IsScalar())
            throw Failure{Text::tr("%1: %2 must be a list of names. Write one \"- name\" per line.")
                              .arg(item.where(entry), QString::fromLatin1(key))};
        values << resolve(item, entry, key);
    }
    return values;
}

EnvFile readEnvFile(const QString &fileName)
{
    EnvFile result;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        result.error = Text::tr("Cannot read the env file %1: %2").arg(fileName, file.errorString());
        return result;
    }
    QHash<QString, QString> values;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u'['))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        const QString name = line.left(equals).trimmed();
        if (equals <= 0 || name.contains(u' ')) {
            result.error = Text::tr("%1:%2: this line is not NAME=value. Write one variable per line, e.g. "
                                    "CRM_PASSWORD=secret, or start the line with # for a comment.")
                               .arg(fileName)
                               .arg(number);
            return result;
        }
        values.insert(name, line.mid(equals + 1).trimmed());
    }
    result.values = values;
    return result;
}

} // namespace zd::enmasse
