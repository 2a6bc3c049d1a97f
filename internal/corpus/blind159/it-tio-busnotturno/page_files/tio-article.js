window.tioArticle={id:1874215,section:'ticino'};
