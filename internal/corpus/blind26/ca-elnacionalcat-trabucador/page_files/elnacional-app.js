window.dataLayer=window.dataLayer||[];dataLayer.push({pageType:'detail',section:'societat',id:1389204});
