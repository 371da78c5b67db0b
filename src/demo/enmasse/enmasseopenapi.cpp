#include "enmasseopenapi.h"

#include "openapichannel.h"

namespace zd::demo {

using namespace enmasse;

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

OpenApiChannel readOpenApiItem(const Reader &reader, const Item &item, const QSet<QString> &fileChannels,
                               QHash<QString, QString> &addresses)
{
    OpenApiChannel openApi;
    openApi.name = reader.text(item, "name").value_or(QString());
    if (openApi.name.isEmpty())
        throw Failure{Text::tr("%1: there is no name. Add \"name:\" with the OpenAPI channel's name.")
                          .arg(item.where())};
    const QString slug = openApiSlug(openApi.name);
    if (slug.isEmpty())
        throw Failure{Text::tr("%1: the name has no letter or digit, so the OpenAPI channel has no address "
                               "(/openapi/<name>). Give it a name with letters or digits.")
                          .arg(item.where(*item.field("name")))};
    if (const auto found = addresses.constFind(slug); found != addresses.cend())
        throw Failure{Text::tr("%1: another OpenAPI channel (%2) is served at /openapi/%3 too. Give the two "
                               "names that differ in more than case and punctuation.")
                          .arg(item.where(), *found, slug)};
    addresses.insert(slug, item.where());

    const std::optional<YAML::Node> list = item.field("rest_channel_list");
    if (list && !list->IsNull() && !list->IsSequence())
        throw Failure{Text::tr("%1: rest_channel_list must be a list of REST channel names. Write one "
                               "\"- name\" per line.")
                          .arg(item.where(*list))};
    const YAML::Node entries = list && list->IsSequence() ? *list : YAML::Node(YAML::NodeType::Sequence);
    for (const YAML::Node &entry : entries) {
        const bool isMap = entry.IsMap() && entry["name"] && entry["name"].IsScalar();
        if (!entry.IsScalar() && !isMap)
            throw Failure{
                Text::tr("%1: rest_channel_list: each entry is a REST channel's name, or a map with "
                         "its name and a state (on, off or disabled).")
                    .arg(item.where(entry))};
        const YAML::Node at = isMap ? entry["name"] : entry;
        const QString name = reader.resolve(item, at, "rest_channel_list");
        bool included = true;
        if (const YAML::Node state = isMap ? entry["state"] : YAML::Node(); state && !state.IsNull()) {
            const QString value = state.IsScalar() ? qs(state.Scalar()) : QString();
            if (value.toLower() != u"on" && value.toLower() != u"off" && value.toLower() != u"disabled")
                throw Failure{Text::tr("%1: rest_channel_list: state \"%2\" of \"%3\" is not on, off or "
                                       "disabled.")
                                  .arg(item.where(state), value, name)};
            included = value.toLower() == u"on";
        }
        if (!fileChannels.contains(name))
            throw Failure{Text::tr("%1: rest_channel_list: \"%2\" is not a REST channel of the file. Define "
                                   "it under channel_rest, or correct the name.")
                              .arg(item.where(at), name)};
        if (included && !openApi.restChannels.contains(name))
            openApi.restChannels << name;
    }
    return openApi;
}

} // namespace zd::demo
