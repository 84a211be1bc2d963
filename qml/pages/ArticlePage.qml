// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Welcome

// One article: Markdown text, its sources and when it was last checked.
Page {
    id: page

    /** The article shown. */
    required property string slug

    header: PageHeader {
        title: article.topicName
        canGoBack: true
        onBackClicked: page.StackView.view.pop()
    }

    ArticleContent {
        id: article
        content: Content
        language: App.language
        slug: page.slug
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + Theme.margin * 3
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - Theme.maxContentWidth) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, Theme.maxContentWidth)
            spacing: Theme.margin

            EmptyState {
                Layout.fillWidth: true
                visible: !article.found
                message: qsTr("This page does not exist (any more). It may have been removed in a content update.")
            }

            Label {
                Layout.fillWidth: true
                visible: article.found
                text: article.title
                font.pixelSize: Theme.titleFont
                font.weight: Font.Bold
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            FallbackNote {
                objectName: "fallbackNote"
                Layout.fillWidth: true
                visible: article.isFallback
                shownLanguage: article.shownLanguage
            }

            Label {
                id: body
                objectName: "articleBody"
                Layout.fillWidth: true
                visible: article.found
                text: article.body
                textFormat: Text.MarkdownText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodyFont
                lineHeight: 1.15
                linkColor: Material.accent
                horizontalAlignment: Text.AlignLeft
                onLinkActivated: link => App.openLink(link)
                Accessible.role: Accessible.StaticText
                Accessible.name: article.title

                HoverHandler {
                    cursorShape: body.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.ArrowCursor
                }
            }

            MenuSeparator {
                Layout.fillWidth: true
                visible: article.found
            }

            Label {
                Layout.fillWidth: true
                visible: article.found
                text: qsTr("Sources")
                font.weight: Font.Medium
                horizontalAlignment: Text.AlignLeft
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                model: article.sources
                delegate: ItemDelegate {
                    id: source
                    required property var modelData
                    Layout.fillWidth: true
                    text: modelData.title
                    icon.source: "../icons/open.svg"
                    icon.width: 18
                    icon.height: 18
                    font.pixelSize: 14
                    onClicked: App.openLink(modelData.url)
                    Accessible.name: qsTr("Source: %1, opens %2 in the browser").arg(modelData.title).arg(modelData.url)
                    Accessible.onPressAction: source.clicked()
                }
            }
            Label {
                Layout.fillWidth: true
                visible: article.found
                text: article.needsReview
                      ? qsTr("Last checked on %1. Our editors are still verifying some details of this page.").arg(App.formatDate(article.reviewed))
                      : qsTr("Last checked on %1.").arg(App.formatDate(article.reviewed))
                wrapMode: Text.Wrap
                opacity: 0.7
                font.pixelSize: 13
                horizontalAlignment: Text.AlignLeft
            }
        }
    }
}
