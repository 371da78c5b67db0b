// The import dialog's OpenAPI step: the payloads of a document, from a file or the server.
#include "access/openapifetch.h"
#include "accessimportdialog.h"
#include "hardening/boundedread.h"
#include "ui_accessimportdialog.h"

#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>

namespace zd {

// Each channel gets the payload of its operation; an operation with no channel is said as a warning.
void AccessImportDialog::takeOperations(access::AccessTest &test,
                                        const QList<access::ApiOperation> &operations)
{
    for (const QString &operation : access::applyOperations(test, operations))
        test.warnings
            << tr("OpenAPI operation %1 is no REST channel of the configuration: not tested.").arg(operation);
}

// The payloads of the OpenAPI document named, if one is: a file is read at once; a channel's name is
// fetched from the server with the Basic Auth credentials whose secrets are known or typed.
void AccessImportDialog::withOpenApi(access::AccessTest test)
{
    const QString source = m_ui->openApiEdit->text().trimmed();
    if (source.isEmpty()) {
        showTest(test);
        return;
    }
    if (QFileInfo(source).isFile() || source.contains(u'/')) {
        const BoundedRead file = readFileBounded(source, 32 * 1024 * 1024, Fifo::Refused);
        if (!file.ok()) {
            showError(tr("Cannot read %1: %2").arg(source, file.error));
            return;
        }
        const access::OpenApiRead read = access::readOpenApi(file.bytes, source);
        if (!read.operations) {
            showError(read.error);
            return;
        }
        takeOperations(test, *read.operations);
        showTest(test);
        return;
    }
    test = withTypedSecrets(std::move(test));
    access::OpenApiFetchSpec spec;
    spec.address = m_address;
    spec.name = source;
    spec.credentials = access::basicCredentials(test);
    if (spec.credentials.isEmpty()) {
        test.warnings << tr("%1 is read with a Basic Auth definition's user and password: type one's secret, "
                            "then %2 again.")
                             .arg(access::openApiPath(source), m_readButton->text().remove(u'&'));
        showTest(test);
        return;
    }
    m_fetching = std::move(test);
    m_ui->summaryLabel->setText(tr("Asking %1…").arg(m_address + access::openApiPath(source)));
    setBusy(true);
    m_openApi->start(spec);
}

void AccessImportDialog::openApiFetched(const access::OpenApiFetched &fetched)
{
    setBusy(false);
    std::optional<access::AccessTest> test = std::exchange(m_fetching, std::nullopt);
    if (!test || !fetched.operations) {
        showError(fetched.error);
        return;
    }
    takeOperations(*test, *fetched.operations);
    showTest(*test);
}

} // namespace zd
