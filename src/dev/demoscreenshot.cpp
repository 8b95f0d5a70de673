#include "dev/demoscreenshot.h"

#include "core/batch/batchrunner.h"
#include "core/global.h"
#include "core/net/apiresult.h"
#include "core/net/serveraddress.h"
#include "gui/batch/batchwindow.h"
#include "gui/batch/columnmappingmodel.h"
#include "gui/batch/plannedrowsmodel.h"
#include "gui/history/historypane.h"
#include "gui/main/mainwindow.h"

#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPainter>
#include <QPixmap>
#include <QTableView>
#include <QTimer>
#include <cstdio>

DemoScreenshot::DemoScreenshot(MainWindow *window, const QString &outputPath, Mode mode, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_outputPath(outputPath)
    , m_mode(mode)
{
    connect(window, &MainWindow::updateFinished, this, &DemoScreenshot::onUpdateFinished);
}

DemoScreenshot::~DemoScreenshot() = default;

CaseUpdate DemoScreenshot::demoCase() const
{
    CaseUpdate update = m_window->currentUpdate();
    update.wolkvoxId = u"6074aaa0801374bbbbb781025ccc7d3"_s;
    update.caseType = u"Request"_s;
    update.responsible = u"maria.perez@modulodeprueba"_s; // not a user of the demo operation: refused
    update.status = u"in progress"_s;
    update.priority = u"high"_s;
    update.customFields = {{u"canal"_s, u"WhatsApp"_s},
                           {u"ciudad"_s, u"Bogotá"_s},
                           {u"numero_contrato"_s, u"CT-2024-00931"_s},
                           {u"motivo"_s, u"Sin conexión a internet desde el lunes"_s}};
    update.attachments
        = {m_files.filePath(u"factura-marzo-2024.pdf"_s), m_files.filePath(u"captura-router.png"_s),
           m_files.filePath(u"llamada-cliente.mp3"_s)};
    return update;
}

void DemoScreenshot::start()
{
    if (!m_window || !m_files.isValid())
        return fail(u"no window or no temporary folder"_s);
    const ServerAddress server = ServerAddress::parse(m_window->currentUpdate().server);
    if (!server.isValid() || !ServerAddress::isLoopbackHost(server.host()))
        return fail(
            u"the screenshot demo only talks to a local simulator (--server http://127.0.0.1:PORT)"_s);
    if (m_mode == Mode::Batch)
        return startBatch();
    if (m_mode == Mode::ReadBeforeWrite)
        return startLoad();

    // Plausible files of plausible sizes.
    QFile pdf(m_files.filePath(u"factura-marzo-2024.pdf"_s));
    if (pdf.open(QIODevice::WriteOnly)) {
        pdf.write("%PDF-1.4\n");
        pdf.write(QByteArray(180 * 1024, 'x'));
    }
    QImage image(640, 400, QImage::Format_RGB32);
    image.fill(QColor(0x37, 0x47, 0x4f));
    QPainter(&image).fillRect(40, 40, 560, 320, QColor(0x90, 0xa4, 0xae));
    image.save(m_files.filePath(u"captura-router.png"_s));
    QFile mp3(m_files.filePath(u"llamada-cliente.mp3"_s));
    if (mp3.open(QIODevice::WriteOnly)) {
        mp3.write("ID3");
        mp3.write(QByteArray(2 * 1024 * 1024 + 345 * 1024, '\0'));
    }

    // First the agent checks the connection and the day's quota, then corrects the case.
    connect(m_window, &MainWindow::connectionTested, this, [this](const ApiResult &result) {
        if (m_step != 0)
            return;
        if (!result.isSuccess())
            return fail(u"the connection test failed: "_s + result.explanation());
        m_window->loadUpdate(demoCase());
        m_step = 1;
        QTimer::singleShot(300, this, [this] { m_window->sendUpdate(); });
    });
    m_window->testConnection();
}

void DemoScreenshot::onUpdateFinished(const ApiResult &result)
{
    if (!m_window)
        return;
    if (m_step == 1) {
        // The agent reads the refusal, corrects the responsible, closes the case with a solution and resends.
        CaseUpdate corrected = demoCase();
        corrected.responsible = u"maria.jose@modulodeprueba"_s;
        corrected.status = u"closed"_s;
        corrected.solution
            = u"Se reemplazó el router y se reconfiguró la línea; el cliente confirmó el servicio."_s;
        m_window->loadUpdate(corrected);
        m_step = 2;
        QTimer::singleShot(300, this, [this] { m_window->sendUpdate(); });
        return;
    }
    if (m_step == 2) {
        m_step = 3;
        if (!result.isSuccess())
            return fail(u"the corrected update was not accepted: "_s + result.explanation());
        // Let the banner and the history settle before taking the picture.
        QTimer::singleShot(500, this, &DemoScreenshot::capture);
    }
}

void DemoScreenshot::capture()
{
    if (!m_window)
        return fail(u"the window is gone"_s);
    const QPixmap picture = m_window->grab();
    if (!picture.save(m_outputPath, "PNG"))
        return fail(u"cannot write "_s + m_outputPath);
    Q_EMIT finished(true);
}

void DemoScreenshot::fail(const QString &reason)
{
    std::fprintf(stderr, "casedesk --screenshot: %s\n", qPrintable(reason));
    Q_EMIT finished(false);
}

// ---------------------------------------------------------------------------------------------- batch demo

QString DemoScreenshot::stepPath(const QString &outputPath, const QString &step)
{
    QString path = outputPath;
    if (path.endsWith(u".png"_s, Qt::CaseInsensitive))
        path.chop(4);
    return path + u'-' + step + u".png"_s;
}

QString DemoScreenshot::writeBatchFile()
{
    // A team lead's sheet after a reassignment: Spanish headers, ';' as Excel writes them in Spanish locales,
    // a column for a custom field and one for internal notes that must not be sent.
    const QStringList cases{
        u"6074aaa0801374bbbbb781025ccc7d3"_s, u"64cb13ac9f0e1a7c2d5b8e4f6a1c0d2"_s,
        u"5f7beb43e37a789eeffd3b2a3ee62f4"_s, u"53471299bf2b2c0058c5c89083ab21a"_s,
        u"cf9d6a6d52313c6d1fd8dc04c4dcd40"_s, u"6fed0024251189960d22b4608238bd6"_s,
        u"6c52d166963b0ac8e6ee15fc555ff99"_s, u"c775a8a86ff956ba1022ebc0daaf89b"_s,
        u"9d59144a55a2fb8870aedbdd904ba73"_s, u"8204553bb6af93f39f739d5ed554c55"_s,
        u"1c3e075d344fed2469e2b013439302e"_s, u"52f9c7ad19776af86b2134fa31bb559"_s,
        u"db47132dd8b75035de0c3c52ce028ab"_s, u"062e114b0f26afef802c2f46bb29950"_s,
        u"53bc4cf01a756cdb04ae95e0f950b7a"_s, u"ae13511633ebaf3b63d0251ddd94e6c"_s,
    };
    const QStringList people{u"maria.jose@modulodeprueba"_s, u"juan.perez@modulodeprueba"_s,
                             u"lucia.ramirez@modulodeprueba"_s, u"pedro.gomez@modulodeprueba"_s};
    const QStringList channels{u"WhatsApp"_s, u"Teléfono"_s, u"Correo"_s, u"Chat web"_s};
    QStringList lines{u"ID del caso;Tipo;Responsable;Estado;Prioridad;Solución;Canal;Notas internas"_s};
    for (int i = 0; i < cases.size(); ++i) {
        QString responsible = people.at(i % people.size());
        QString status = i % 3 == 0 ? u"closed"_s : u"in progress"_s;
        QString solution = status == u"closed"_s ? u"Se reasignó y se confirmó con el cliente"_s : QString();
        if (i == 4)
            responsible = u"carlos"_s; // not a wolkvox e-mail: the check flags it
        if (i == 9)
            solution.clear(); // closed without a solution: the check flags it
        if (i == 12)
            responsible = u"maria.perez@modulodeprueba"_s; // no such user: the CRM refuses it
        lines.append(QStringList{cases.at(i), u"Request"_s, responsible, status,
                                 i % 4 == 1 ? u"high"_s : u"medium"_s, solution,
                                 channels.at(i % channels.size()), u"revisado por supervisor"_s}
                         .join(u';'));
    }
    const QString path = m_files.filePath(u"reasignacion-marzo.csv"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(lines.join(u"\r\n"_s).toUtf8() + "\r\n");
    return path;
}

void DemoScreenshot::startBatch()
{
    const QString path = writeBatchFile();
    if (path.isEmpty())
        return fail(u"cannot write the demo CSV"_s);
    m_window->showBatchWindow();
    BatchWindow *batch = m_window->batchWindow();
    if (!batch)
        return fail(u"the batch window is not available"_s);
    batch->resize(1180, 700);
    batch->openFile(path);
    if (!batch->hasImport())
        return fail(u"the demo CSV was not imported"_s);
    // The channel goes to the CRM as a custom field; the internal notes stay out.
    auto *mapping = batch->findChild<QTableView *>(u"mappingView"_s);
    const int channel = batch->currentImport().mapping().findColumn(u"Canal"_s);
    if (mapping && channel >= 0) {
        mapping->model()->setData(mapping->model()->index(channel, ColumnMappingModel::TargetColumn),
                                  int(ColumnMapping::Target::CustomField));
        mapping->selectRow(channel);
    }
    // Each step is pictured once it has been painted.
    QTimer::singleShot(400, this, [this] {
        BatchWindow *batch = m_window ? m_window->batchWindow() : nullptr;
        if (!batch || !batch->grab().save(stepPath(m_outputPath, u"mapping"_s), "PNG"))
            return fail(u"cannot picture the columns step"_s);
        batch->setPage(BatchWindow::Page::Check);
        // The first row with a problem is selected: its problems read in full under the table.
        if (auto *check = batch->findChild<QTableView *>(u"checkView"_s)) {
            QAbstractItemModel *rows = check->model();
            for (int row = 0; row < rows->rowCount(); ++row) {
                if (!rows->index(row, 0).data(PlannedRowsModel::ValidRole).toBool()) {
                    check->selectRow(row);
                    break;
                }
            }
        }
        QTimer::singleShot(400, this, &DemoScreenshot::sendBatch);
    });
}

void DemoScreenshot::sendBatch()
{
    BatchWindow *batch = m_window ? m_window->batchWindow() : nullptr;
    if (!batch || !batch->grab().save(stepPath(m_outputPath, u"check"_s), "PNG"))
        return fail(u"cannot picture the check step"_s);
    // Half-way through, the send step shows its count, rate and time left.
    connect(batch->runner(), &BatchRunner::progressChanged, this, [this](const BatchRunner::Progress &p) {
        BatchWindow *batch = m_window ? m_window->batchWindow() : nullptr;
        if (m_step != 0 || !batch || p.finished() - p.skipped < (p.total - p.skipped) / 2
            || p.rowsPerMinute <= 0)
            return;
        m_step = 1;
        if (!batch->grab().save(stepPath(m_outputPath, u"send"_s), "PNG"))
            fail(u"cannot picture the send step"_s);
    });
    connect(batch->runner(), &BatchRunner::finished, this, [this] {
        QTimer::singleShot(500, this, [this] {
            BatchWindow *batch = m_window ? m_window->batchWindow() : nullptr;
            if (!batch || !batch->grab().save(m_outputPath, "PNG"))
                return fail(u"cannot write "_s + m_outputPath);
            Q_EMIT finished(true);
        });
    });
    batch->setPage(BatchWindow::Page::Send);
    batch->startSending();
}

// ------------------------------------------------------------------------------------ read-before-write demo

namespace {
const QString LoadDemoCase = u"6074aaa0801374bbbbb781025ccc7d3"_s; // Request, ana, open, low
}

void DemoScreenshot::startLoad()
{
    CaseUpdate start = m_window->currentUpdate();
    start.wolkvoxId = LoadDemoCase;
    m_window->loadUpdate(start);
    connect(m_window, &MainWindow::caseLoadFinished, this, [this](bool loaded) {
        if (m_step != 0)
            return;
        m_step = 1;
        if (!loaded)
            return fail(u"the demo case could not be loaded"_s);
        QTimer::singleShot(300, this, &DemoScreenshot::correctLoadedCase);
    });
    m_window->loadFromCrm();
}

void DemoScreenshot::correctLoadedCase()
{
    // As the agent types: each field through its own widget, so the marks and the summary follow.
    auto *priority = m_window->findChild<QComboBox *>(u"priorityCombo"_s);
    auto *status = m_window->findChild<QComboBox *>(u"statusCombo"_s);
    auto *responsible = m_window->findChild<QLineEdit *>(u"responsibleEdit"_s);
    if (!priority || !status || !responsible)
        return fail(u"the form's fields are not where the demo expects them"_s);
    priority->setEditText(u"high"_s);
    status->setEditText(u"in progress"_s);
    responsible->setText(u"maria.jose@modulodeprueba"_s);
    QTimer::singleShot(500, this, [this] {
        if (!m_window || !m_window->grab().save(m_outputPath, "PNG"))
            return fail(u"cannot write "_s + m_outputPath);
        changeBehindTheAgentsBack();
    });
}

void DemoScreenshot::changeBehindTheAgentsBack()
{
    // Meanwhile a colleague raised the priority and took the case.
    QUrl url(m_window->currentUpdate().server);
    url.setPath(u"/__sim/case"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const QJsonObject change{{u"operation"_s, m_window->currentUpdate().operation},
                             {u"id"_s, LoadDemoCase},
                             {u"priority"_s, u"medium"_s},
                             {u"responsible"_s, u"carlos@modulodeprueba"_s}};
    QNetworkReply *reply = m_admin.post(request, QJsonDocument(change).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError || !m_window)
            return fail(u"the simulator refused the colleague's change: "_s + reply->errorString());
        m_window->sendUpdate(); // reads the case again first, and finds the change
        QTimer::singleShot(200, this, &DemoScreenshot::captureConflict);
    });
}

void DemoScreenshot::captureConflict()
{
    auto *dialog = m_window ? m_window->findChild<QDialog *>(u"conflictDialog"_s) : nullptr;
    if (!dialog || !dialog->isVisible()) {
        if (++m_step > 50) // ten seconds
            return fail(u"the conflict dialog did not open"_s);
        QTimer::singleShot(200, this, &DemoScreenshot::captureConflict);
        return;
    }
    QTimer::singleShot(400, this, [this, dialog = QPointer<QDialog>(dialog)] {
        if (!m_window || !dialog)
            return fail(u"the conflict dialog closed before its picture"_s);
        // The dialog over its window, where the window manager puts it.
        QPixmap picture = m_window->grab();
        QPainter painter(&picture);
        const QPoint offset = dialog->frameGeometry().topLeft() - m_window->geometry().topLeft();
        const QPoint inside = picture.rect().center() - dialog->rect().center();
        const QRect where(picture.rect().contains(QRect(offset, dialog->size())) ? offset : inside,
                          dialog->size());
        painter.fillRect(where.translated(3, 4), QColor(0, 0, 0, 70)); // its shadow
        painter.drawPixmap(where.topLeft(), dialog->grab());
        painter.setPen(dialog->palette().color(QPalette::Dark));
        painter.drawRect(where.adjusted(0, 0, -1, -1));
        painter.end();
        dialog->reject(); // nothing is sent
        if (!picture.save(stepPath(m_outputPath, u"conflict"_s), "PNG"))
            return fail(u"cannot write the conflict picture"_s);
        Q_EMIT finished(true);
    });
}
