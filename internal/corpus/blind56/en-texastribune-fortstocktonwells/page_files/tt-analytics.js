window.dataLayer=window.dataLayer||[];dataLayer.push({event:'story_view',section:'Water supply'});
