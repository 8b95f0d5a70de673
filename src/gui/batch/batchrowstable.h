#pragma once

class QTableView;

// The shape of a table over BatchRowsModel, the same on the send and results steps.
namespace BatchRowsTable {
// Column widths for their usual contents, the CRM's message last (it takes the room left), and a fixed row
// height so thousands of rows scroll without measuring each.
void setUp(QTableView *view);
} // namespace BatchRowsTable
