#include "multipartcollector.h"

#include "phpuploadrules.h"

#include <httplib.h>

const std::string *ReceivedForm::field(const std::string &name) const
{
    for (auto it = fields.rbegin(); it != fields.rend(); ++it) {
        if (it->first == name)
            return &it->second;
    }
    return nullptr;
}

MultipartCollector::MultipartCollector(Limits limits, AbortCheck abortCheck)
    : m_limits(limits)
    , m_abortCheck(std::move(abortCheck))
{ }

bool MultipartCollector::onPartHeader(const httplib::MultipartFormData &header)
{
    closeCurrentPart();
    if (m_abortCheck && m_abortCheck(m_form.payloadBytes))
        return false;
    m_form.partOrder.push_back(header.name);
    if (m_form.partOrder.size() > m_limits.maxParts) {
        // Keep reading so the client still gets an answer, but stop remembering parts.
        m_form.tooManyParts = true;
        m_kind = PartKind::None;
        return true;
    }
    // httplib 0.11 reports filename="" and no filename alike. Under an attachment name, a part with a
    // Content-Type is taken as an empty file input (browsers and curl send filename="" and a type): PHP gives
    // it UPLOAD_ERR_NO_FILE. Without one it is a text part, which PHP puts in $_POST, not in $_FILES.
    if (!header.filename.empty()
        || (!header.content_type.empty() && PhpUploadRules::isAttachmentPartName(header.name))) {
        ReceivedFile file;
        file.part = header.name;
        file.filename = header.filename;
        file.contentType = header.content_type;
        m_form.files.push_back(std::move(file));
        m_hash.emplace();
        m_kind = PartKind::File;
    } else {
        m_form.fields.emplace_back(header.name, std::string());
        m_kind = PartKind::Text;
    }
    return true;
}

bool MultipartCollector::onPartData(const char *data, std::size_t size)
{
    m_form.payloadBytes += size;
    if (m_abortCheck && m_abortCheck(m_form.payloadBytes))
        return false;
    switch (m_kind) {
    case PartKind::File:
        m_form.files.back().size += size;
        m_hash->update(data, size);
        break;
    case PartKind::Text: {
        auto &[name, value] = m_form.fields.back();
        if (value.size() + size > m_limits.maxFieldBytes) {
            // Remember the offence and drop the value; the rest of the body is still drained.
            if (m_form.oversizeField.empty())
                m_form.oversizeField = name;
            value.clear();
            m_kind = PartKind::None;
        } else {
            value.append(data, size);
        }
        break;
    }
    case PartKind::None:
        break;
    }
    return true;
}

bool MultipartCollector::onRawData(const char *, std::size_t size)
{
    m_form.payloadBytes += size;
    return !(m_abortCheck && m_abortCheck(m_form.payloadBytes));
}

void MultipartCollector::closeCurrentPart()
{
    if (m_kind == PartKind::File && m_hash) {
        m_form.files.back().sha256 = m_hash->finalHex();
        m_hash.reset();
    }
    m_kind = PartKind::None;
}

ReceivedForm MultipartCollector::finish(bool multipart, bool bodyRead)
{
    closeCurrentPart();
    m_form.multipart = multipart;
    m_form.complete = bodyRead;
    return std::move(m_form);
}
