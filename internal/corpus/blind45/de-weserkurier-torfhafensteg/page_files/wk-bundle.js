(function(){window.WK=window.WK||{};WK.pageType='article';})();
