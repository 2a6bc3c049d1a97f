package importer

import "testing"

func TestZZ(t *testing.T) {
	for _, s := range []string{"Фото © Фаррух Назаров", "Foto © Ana Ruiz", "Фото: Фаррух Назаров"} {
		c, ok := creditLine(s)
		t.Logf("%q -> %q %v", s, c, ok)
	}
}
