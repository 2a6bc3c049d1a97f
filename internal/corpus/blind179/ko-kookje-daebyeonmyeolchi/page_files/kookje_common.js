function fontSize(n){document.querySelector('.news_article_txt').style.fontSize=n+'px';}
