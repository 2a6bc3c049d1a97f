window.vs=window.vs||{};vs.articleId=3841265;
