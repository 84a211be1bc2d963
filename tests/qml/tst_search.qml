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
        name: "Search"
        when: windowShown

        function test_typeFindOpenAndRemember() {
            App.language = "en";
            App.clearRecentSearches();
            App.searchQuery = "";
            const shell = createTemporaryObject(shellComponent, root);
            verify(shell);
            verify(App.openLink("search:"));
            tryCompare(App, "currentPage", "search");
            const page = shell.currentStack.currentItem;
            const field = findChild(page, "searchField");
            verify(field);
            field.forceActiveFocus();
            keyClick(Qt.Key_G);
            keyClick(Qt.Key_A);
            keyClick(Qt.Key_M);
            compare(App.searchQuery, "gam");
            let list = null;
            tryVerify(() => (list = findChild(page, "results")) !== null && list.count > 0, 5000);
            const first = list.itemAtIndex(0);
            verify(first);
            compare(first.target, "article:gamma");
            first.clicked();
            tryCompare(App, "currentPage", "article:gamma");
            compare(App.recentSearches[0], "gam");
            // Back on the search page, the query is still there.
            verify(shell.back());
            tryCompare(App, "currentPage", "search");
            compare(findChild(shell.currentStack.currentItem, "searchField").text, "gam");
        }

        function test_nothingFoundSaysSo() {
            App.searchQuery = "";
            const shell = createTemporaryObject(shellComponent, root);
            App.openLink("search:");
            const page = shell.currentStack.currentItem;
            App.searchQuery = "xqzvbnm";
            const empty = findChild(page, "noResults");
            verify(empty);
            tryVerify(() => empty.visible, 5000);
            verify(empty.message.indexOf("xqzvbnm") >= 0);
        }
    }
}
