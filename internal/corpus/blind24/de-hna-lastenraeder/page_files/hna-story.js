window.idData=window.idData||{};idData.articleId=93012874;
