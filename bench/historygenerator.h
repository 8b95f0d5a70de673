#pragma once

#include <QString>

// A history of `rows` attempts like an agent's after months of work: one attempt every few minutes,
// rotating cases, people, operations and outcomes, a few custom fields, the CRM's raw answer, now and then
// an attachment. Written in one transaction. Returns an empty string on success, else the error.
QString generateHistory(const QString &path, int rows);
