window.vocento=window.vocento||{};vocento.page='noticia';
