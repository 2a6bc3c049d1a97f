window.nozArticle={id:46872315,paid:false};
