#include "views/EvaluationPanel.h"

#include "model/EvaluationScoreModel.h"
#include "model/NucleusVerdictModel.h"

#include <QColor>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace nuclei3d::ui {

namespace {
/// The model's verdict colour (an integer: ui/model has no QColor) as the Status cell's swatch.
class VerdictColours : public QIdentityProxyModel {
  public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex& index, int role) const override {
        if (role == Qt::DecorationRole && index.column() == NucleusVerdictModel::Status)
            return QColor::fromRgba(QIdentityProxyModel::data(index, NucleusVerdictModel::ColourRole).toUInt());
        return QIdentityProxyModel::data(index, role);
    }
};

QString swatch(NucleusStatus status) {
    return QStringLiteral("<span style='color:%1'>&#9632;</span> %2")
        .arg(QColor::fromRgba(nucleusStatusColour(status)).name(), nucleusStatusText(status).toHtmlEscaped());
}
} // namespace

EvaluationPanel::EvaluationPanel(QWidget* parent) : QWidget(parent) {
    m_scoreModel = new EvaluationScoreModel(this);
    m_nucleusModel = new NucleusVerdictModel(this);
    auto* colours = new VerdictColours(this);
    colours->setSourceModel(m_nucleusModel);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(colours);
    m_sorted->setSortRole(Qt::UserRole);

    m_summary = new QLabel(tr("Load the ground truth and evaluate (Evaluation menu)."), this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_scores = new QTableView(this);
    m_scores->setModel(m_scoreModel);
    m_scores->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_scores->setSelectionMode(QAbstractItemView::NoSelection);
    m_nuclei = new QTableView(this);
    m_nuclei->setModel(m_sorted);
    m_nuclei->setSortingEnabled(true);
    m_nuclei->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nuclei->setSelectionMode(QAbstractItemView::SingleSelection);
    m_nuclei->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_nuclei->verticalHeader()->hide();
    m_nuclei->setToolTip(tr("Click a nucleus to move the views to it"));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_scores);
    split->addWidget(m_nuclei);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_nuclei, &QTableView::clicked, this, [this](const QModelIndex& index) { activateRow(index.row()); });
    connect(m_nuclei->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                if (index.isValid())
                    activateRow(index.row());
            });
}

void EvaluationPanel::setDetails(std::shared_ptr<const EvaluationDetails> details, const QString& predicted) {
    if (!details)
        return clear();
    const EvaluationResult& r = details->summary;
    m_scoreModel->setResult(r);
    m_nucleusModel->setVerdicts(details->nuclei);
    m_nuclei->sortByColumn(NucleusVerdictModel::Status, Qt::DescendingOrder);
    m_summary->setText(tr("<b>%1</b> against the ground truth: %2 predicted and %3 annotated nuclei (of at least "
                          "%4 voxels), %5 merges, %6 splits.<br>%7 &nbsp; %8 &nbsp; %9 &nbsp; %10 &nbsp; %11")
                           .arg(predicted.toHtmlEscaped())
                           .arg(r.predObjects)
                           .arg(r.gtObjects)
                           .arg(r.minSize)
                           .arg(r.merges)
                           .arg(r.splits)
                           .arg(swatch(NucleusStatus::TruePositive), swatch(NucleusStatus::FalsePositive),
                                swatch(NucleusStatus::FalseNegative), swatch(NucleusStatus::Merge),
                                swatch(NucleusStatus::Split)));
}

void EvaluationPanel::clear() {
    m_scoreModel->clear();
    m_nucleusModel->clear();
}

void EvaluationPanel::activateRow(int row) {
    if (row < 0 || row >= m_sorted->rowCount())
        return;
    const int source = m_sorted->mapToSource(m_sorted->index(row, 0)).row();
    const NucleusVerdict& v = m_nucleusModel->verdict(source);
    Q_EMIT nucleusChosen(v.x, v.y, v.z);
}

} // namespace nuclei3d::ui
