// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Welcome

Item {
    id: root
    width: 390
    height: 844

    Component {
        id: shellComponent
        AppShell {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "Navigation"
        when: windowShown

        function createShell() {
            App.language = "de";
            const shell = createTemporaryObject(shellComponent, root);
            verify(shell);
            tryCompare(App, "currentPage", "home");
            return shell;
        }

        function test_startsAtHome() {
            const shell = createShell();
            compare(shell.currentStack.depth, 1);
        }

        function test_deepLinksResetTheirTab() {
            const shell = createShell();
            App.openPage("guide");
            compare(App.currentPage, "guide");
            App.openPage("topic:t-one");
            compare(App.currentPage, "topic:t-one");
            compare(shell.currentStack.depth, 2);
            App.openPage("article:alpha");
            compare(App.currentPage, "article:alpha");
            compare(shell.currentStack.depth, 2);
            App.openPage("settings");
            compare(App.currentPage, "settings");
            App.openPage("home");
            compare(App.currentPage, "home");
        }

        function test_whatsNewOpensOnTheSettingsTab() {
            const shell = createShell();
            App.openPage("whatsnew");
            compare(App.currentPage, "whatsnew");
            compare(shell.currentStack.depth, 2);
            verify(shell.back());
            compare(App.currentPage, "settings");
            verify(App.open("whatsnew"));
            compare(App.currentPage, "whatsnew");
            App.openPage("home");
        }

        function test_aTabsOwnPageOpensItsTab() {
            const shell = createShell();
            App.openPage("article:alpha");
            compare(shell.currentStack.depth, 2);
            verify(App.open("settings"));
            compare(App.currentPage, "settings");
            compare(shell.currentStack.depth, 1);
            verify(App.open("guide"));
            compare(App.currentPage, "guide");
            compare(shell.currentStack.depth, 1);
            App.openPage("home");
        }

        function test_pagesOpenFromKindAndArguments() {
            const shell = createShell();
            verify(App.open("topic", ["t-one"]));
            compare(App.currentPage, "topic:t-one");
            verify(App.open("article", ["beta"]));
            tryCompare(App, "currentPage", "article:beta");
            compare(shell.currentStack.currentItem.slug, "beta");
            // Nothing happens for what is no page.
            verify(!App.open("nowhere"));
            verify(!App.open("article", ["../x"]));
            verify(!App.open("article"));
            verify(!App.openLink("search:"));
            verify(!App.openLink("javascript:alert(1)"));
            compare(App.currentPage, "article:beta");
            App.openPage("home");
        }

        function test_placesAndMapAreOnePage() {
            const shell = createShell();
            App.openPage("places");
            compare(App.currentPage, "places");
            const page = shell.currentStack.currentItem;
            page.showMap = true;
            compare(App.currentPage, "map");
            page.showMap = false;
            compare(App.currentPage, "places");
            App.openPage("map");
            compare(App.currentPage, "map");
            verify(shell.currentStack.currentItem.showMap);
            App.openPage("home");
        }

        function test_internalLinksPushAndBackPops() {
            const shell = createShell();
            App.openPage("article:alpha");
            verify(App.openLink("article:beta"));
            tryCompare(App, "currentPage", "article:beta");
            compare(shell.currentStack.depth, 3);
            verify(shell.back());
            tryCompare(App, "currentPage", "article:alpha");
            verify(shell.back());
            tryCompare(App, "currentPage", "guide");
            verify(shell.back());
            tryCompare(App, "currentPage", "home");
            verify(!shell.back());
        }

        function test_escapeStepsBack() {
            const shell = createShell();
            App.openPage("topic:t-two");
            compare(App.currentPage, "topic:t-two");
            shell.forceActiveFocus();
            keyClick(Qt.Key_Escape);
            tryCompare(App, "currentPage", "guide");
            keyClick(Qt.Key_Escape);
            tryCompare(App, "currentPage", "home");
        }

        function test_linkInArticleTextNavigates() {
            const shell = createShell();
            App.openPage("article:alpha");
            const body = findChild(shell.currentStack.currentItem, "articleBody");
            verify(body);
            verify(body.text.indexOf("article:beta") >= 0);
            body.linkActivated("article:beta");
            tryCompare(App, "currentPage", "article:beta");
        }

        function test_tappingATopicOpensIt() {
            const shell = createShell();
            App.openPage("guide");
            const page = shell.currentStack.currentItem;
            let row = null;
            tryVerify(() => (row = findChild(page, "topicRow:t-two")) !== null);
            mouseClick(row);
            tryCompare(App, "currentPage", "topic:t-two");
        }

        function test_tabBarSwitchesByTapAndKeyboard() {
            const shell = createShell();
            const bar = findChild(shell, "tabBar");
            verify(bar);
            compare(bar.tabs.length, 4);
            // A press held briefly, as a finger does: mouseClick()'s press and release in the same instant did not
            // reach the TapHandler here.
            mousePress(bar.tabs[3]);
            wait(50);
            mouseRelease(bar.tabs[3]);
            tryCompare(App, "currentPage", "settings");
            verify(bar.tabs[3].current && !bar.tabs[0].current);
            bar.tabs[1].forceActiveFocus();
            keyClick(Qt.Key_Return);
            tryCompare(App, "currentPage", "guide");
            verify(bar.tabs[1].current && !bar.tabs[3].current);
        }

        function test_fallbackNoteOnlyWhenShownInAnotherLanguage() {
            const shell = createShell();
            App.language = "ar";
            verify(App.rightToLeft);
            App.openPage("article:beta");
            let note = findChild(shell.currentStack.currentItem, "fallbackNote");
            verify(note.visible);
            App.openPage("article:alpha");
            note = findChild(shell.currentStack.currentItem, "fallbackNote");
            verify(!note.visible);
            App.language = "de";
            verify(!App.rightToLeft);
        }

        function test_missingArticleSaysSo() {
            const shell = createShell();
            App.openPage("article:removed-page");
            compare(App.currentPage, "article:removed-page");
            const body = findChild(shell.currentStack.currentItem, "articleBody");
            verify(!body.visible);
        }
    }
}
