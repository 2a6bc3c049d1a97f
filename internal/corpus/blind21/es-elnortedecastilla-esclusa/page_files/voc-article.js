window.vocArticle={lazy:true};
